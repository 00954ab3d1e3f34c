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
				AgencyLevel only = (parts.length > 3) ? AgencyLevel.valueOf(parts[3].substring("only=".length()))
						: null;
				columns.add(new TemplateColumn(depth, parts[0], ColumnKind.valueOf(parts[1]), parts[2], only));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the standard catalogue", ex);
		}
		return columns;
	}

	record TemplateColumn(int depth, String code, ColumnKind kind, String name, AgencyLevel onlyFor) {

	}

}
