package org.gongkai.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.agency.AgencyLevel;

/**
 * The standard catalogue shipped in {@code classpath:catalog/standard-catalogue.txt}, and
 * the village catalogue in {@code classpath:catalog/village-catalogue.txt}, which village
 * and residents' committees get instead (they disclose under the Organic Law of
 * Villagers' Committees art. 30, not under the Regulations).
 */
final class StandardCatalogue {

	static final String LOCATION = "/catalog/standard-catalogue.txt";

	static final String VILLAGE_LOCATION = "/catalog/village-catalogue.txt";

	/** Every code of the village catalogue starts with this. */
	static final String VILLAGE_PREFIX = "vl-";

	private StandardCatalogue() {
	}

	/** The template columns that apply to an agency of {@code level}, in order. */
	static List<TemplateColumn> forLevel(AgencyLevel level) {
		if (level == AgencyLevel.VILLAGE) {
			return read(VILLAGE_LOCATION);
		}
		return all().stream().filter((c) -> c.appliesTo(level)).toList();
	}

	/** The government template: every column, whatever level it is for. */
	static List<TemplateColumn> all() {
		return read(LOCATION);
	}

	/** The columns of the government template an agency of {@code level} got before. */
	static List<TemplateColumn> governmentFor(AgencyLevel level) {
		return all().stream().filter((c) -> c.appliesTo(level)).toList();
	}

	private static List<TemplateColumn> read(String location) {
		List<TemplateColumn> columns = new ArrayList<>();
		try (InputStream in = StandardCatalogue.class.getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("Catalogue template missing: " + location);
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
				Set<AgencyLevel> only = null;
				ColumnSection section = ColumnSection.DISCLOSURE;
				for (int i = 3; i < parts.length; i++) {
					if (parts[i].startsWith("only=")) {
						only = EnumSet.noneOf(AgencyLevel.class);
						for (String level : parts[i].substring("only=".length()).split("\\+")) {
							only.add(AgencyLevel.valueOf(level));
						}
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

	/**
	 * A column of the template; {@code onlyFor} names the levels it is for ({@code null}:
	 * every level).
	 */
	record TemplateColumn(int depth, String code, ColumnKind kind, String name, Set<AgencyLevel> onlyFor,
			ColumnSection section) {

		boolean appliesTo(AgencyLevel level) {
			return this.onlyFor == null || this.onlyFor.contains(level);
		}

	}

}
