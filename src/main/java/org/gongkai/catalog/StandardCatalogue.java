package org.gongkai.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.agency.AgencyLevel;

/**
 * The standard catalogue shipped in {@code classpath:catalog/standard-catalogue.txt}.
 */
final class StandardCatalogue {

	static final String LOCATION = "/catalog/standard-catalogue.txt";

	private StandardCatalogue() {
	}

	/** The template columns that apply to an agency of {@code level}, in order. */
	static List<TemplateColumn> forLevel(AgencyLevel level) {
		return all().stream().filter((c) -> c.onlyFor() == null || c.onlyFor() == level).toList();
	}

	static List<TemplateColumn> all() {
		List<TemplateColumn> columns = new ArrayList<>();
		try (InputStream in = StandardCatalogue.class.getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("Standard catalogue missing: " + LOCATION);
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int depth = 0;
				while (line.charAt(depth) == '>') {
					depth++;
				}
				String[] parts = line.substring(depth).split("\\|");
				AgencyLevel only = null;
				ColumnSection section = ColumnSection.DISCLOSURE;
				for (int i = 3; i < parts.length; i++) {
					if (parts[i].startsWith("only=")) {
						only = AgencyLevel.valueOf(parts[i].substring("only=".length()));
					}
					else if (parts[i].startsWith("section=")) {
						section = ColumnSection.valueOf(parts[i].substring("section=".length()));
					}
				}
				columns.add(new TemplateColumn(depth, parts[0], ColumnKind.valueOf(parts[1]), parts[2], only, section));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the standard catalogue", ex);
		}
		return columns;
	}

	record TemplateColumn(int depth, String code, ColumnKind kind, String name, AgencyLevel onlyFor,
			ColumnSection section) {

	}

}
