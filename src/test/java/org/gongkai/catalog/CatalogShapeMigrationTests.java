package org.gongkai.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration to the disclosure column's shape of 国办公开办函〔2019〕61号 on catalogues made
 * from the previous standard template (kept in {@code catalog-before-61.txt}): a county
 * and a township as the demo county has them, one with a column of its own at the top and
 * an item in its news column. Plain Flyway on its own in-memory database, so that the
 * catalogues can be written in the old shape before the migration runs.
 */
class CatalogShapeMigrationTests {

	private static final String BEFORE = "202612051215";

	@Test
	void oldCataloguesGetTheSameFourFirstLevelColumnsAndKeepTheirItems() throws Exception {
		String url = "jdbc:h2:mem:catalog-shape-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		Flyway.configure().dataSource(url, "sa", "").target(BEFORE).load().migrate();
		try (Connection db = DriverManager.getConnection(url, "sa", "")) {
			long county = agency(db, "91000000000000001X", "示范县人民政府", "COUNTY", null);
			long township = agency(db, "91000000000000002X", "河西镇人民政府", "TOWNSHIP", county);
			Map<String, Long> countyColumns = oldCatalogue(db, county, "COUNTY");
			oldCatalogue(db, township, "TOWNSHIP");
			long own = column(db, township, null, null, "乡村振兴", "NOTICE", 99);
			execute(db, "UPDATE cat_column SET name = '本镇动态' WHERE agency_id = " + township + " AND code = 'news'");

			Flyway.configure().dataSource(url, "sa", "").load().migrate();

			for (long agency : List.of(county, township)) {
				assertThat(topLevel(db, agency, "DISCLOSURE")).containsExactly("政府信息公开指南", "政府信息公开制度", "法定主动公开内容",
						"政府信息公开年报");
				assertThat(childCodes(db, agency, "statutory")).contains("art20-01", "art20-15", "policies",
						"interpretation", "grassroots");
				assertThat(childCodes(db, agency, "grassroots")).contains("gr-budget", "gr-environment");
			}
			assertThat(topLevel(db, county, "SITE")).containsExactly("工作动态", "通知公告");
			assertThat(topLevel(db, township, "SITE")).containsExactly("本镇动态", "通知公告", "乡村振兴");
			assertThat(childCodes(db, township, "statutory")).contains("art21-01", "art21-08");
			// the news column is the same row: its items keep their column, index numbers
			// and addresses
			assertThat(idOf(db, county, "news")).isEqualTo(countyColumns.get("news"));
			assertThat(idOf(db, township, null)).isEqualTo(own);
			// each moved catalogue is listed for its audit entry, written on start
			assertThat(
					strings(db, "SELECT agency_id || ':' || site_columns FROM cat_shape_migrated ORDER BY agency_id"))
				.containsExactly(county + ":2", township + ":3");
		}
	}

	private static Map<String, Long> oldCatalogue(Connection db, long agency, String level)
			throws IOException, SQLException {
		Map<String, Long> ids = new LinkedHashMap<>();
		Long[] parents = new Long[3];
		int order = 0;
		for (String line : template().split("\\R")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int depth = 0;
			while (line.charAt(depth) == '>') {
				depth++;
			}
			String[] parts = line.substring(depth).split("\\|");
			if (parts.length > 3 && !parts[3].equals("only=" + level)) {
				continue;
			}
			long id = column(db, agency, (depth == 0) ? null : parents[depth - 1], parts[0], parts[2], parts[1],
					++order);
			parents[depth] = id;
			ids.put(parts[0], id);
		}
		return ids;
	}

	private static String template() throws IOException {
		try (InputStream in = CatalogShapeMigrationTests.class.getResourceAsStream("/catalog-before-61.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static long agency(Connection db, String code, String name, String level, Long parent) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement(
				"INSERT INTO agc_agency (credit_code, name, short_name, agency_level, parent_id, created_at, updated_at)"
						+ " VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
				Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, code);
			insert.setString(2, name);
			insert.setString(3, name);
			insert.setString(4, level);
			insert.setObject(5, parent);
			insert.executeUpdate();
			return generated(insert);
		}
	}

	private static long column(Connection db, long agency, Long parent, String code, String name, String kind,
			int order) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement(
				"INSERT INTO cat_column (agency_id, parent_id, code, name, kind, sort_order, created_at, updated_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
				Statement.RETURN_GENERATED_KEYS)) {
			insert.setLong(1, agency);
			insert.setObject(2, parent);
			insert.setString(3, code);
			insert.setString(4, name);
			insert.setString(5, kind);
			insert.setInt(6, order);
			insert.executeUpdate();
			return generated(insert);
		}
	}

	private static long generated(PreparedStatement statement) throws SQLException {
		try (ResultSet keys = statement.getGeneratedKeys()) {
			keys.next();
			return keys.getLong(1);
		}
	}

	private static void execute(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	/** The first-level names of a section in the order the catalogue shows them. */
	private static List<String> topLevel(Connection db, long agency, String section) throws SQLException {
		return strings(db, "SELECT name FROM cat_column WHERE agency_id = " + agency
				+ " AND parent_id IS NULL AND section = '" + section + "' ORDER BY sort_order, id");
	}

	private static List<String> childCodes(Connection db, long agency, String parentCode) throws SQLException {
		return strings(db,
				"SELECT c.code FROM cat_column c JOIN cat_column p ON c.parent_id = p.id WHERE c.agency_id = " + agency
						+ " AND p.code = '" + parentCode + "' ORDER BY c.sort_order, c.id");
	}

	private static long idOf(Connection db, long agency, String code) throws SQLException {
		String where = (code != null) ? "code = '" + code + "'" : "code IS NULL";
		return Long
			.parseLong(strings(db, "SELECT id FROM cat_column WHERE agency_id = " + agency + " AND " + where).get(0));
	}

	private static List<String> strings(Connection db, String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				out.add(rows.getString(1));
			}
		}
		return out;
	}

}
