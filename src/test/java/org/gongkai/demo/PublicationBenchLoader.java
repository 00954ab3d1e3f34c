package org.gongkai.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes N published items straight into the database for bench/run.sh, spread over the
 * demo agencies' catalogue columns, with text from the demo phrase bank (seeded: the same
 * N gives the same rows). PostgreSQL gets COPY, H2 batched inserts. Index numbers
 * continue each agency's series and the serial table is moved on, so the application
 * keeps issuing unique numbers afterwards. Not a test; run it with the application
 * stopped (H2) or running (PostgreSQL).
 *
 * <p>
 * Usage: {@code PublicationBenchLoader JDBC-URL USER PASSWORD [N]} (N defaults to
 * 1000000).
 */
public final class PublicationBenchLoader {

	private static final String COLUMNS = "agency_id, column_id, title, summary, body, document_number, made_on, "
			+ "published_on, genre, validity, disclosure, index_number, status, created_by, created_at, updated_at, version";

	private PublicationBenchLoader() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int n = (args.length > 3) ? Integer.parseInt(args[3]) : 1_000_000;
		long start = System.nanoTime();
		try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
			db.setAutoCommit(false);
			List<Agency> agencies = agencies(db);
			Map<String, Integer> serials = serials(db);
			DemoTexts texts = DemoTexts.load();
			Random random = new Random(20261122L);
			boolean postgres = url.startsWith("jdbc:postgresql:");
			Writer writer = postgres ? new CopyWriter(db) : new BatchWriter(db);
			Instant now = Instant.now(java.time.Clock.systemUTC());
			for (int i = 0; i < n; i++) {
				Agency agency = agencies.get(random.nextInt(agencies.size()));
				DemoTexts.Item item = texts.compose(random, agency.name, agency.shortName, agency.columns.keySet(),
						DemoTexts.LAST);
				int year = item.publishedOn().getYear();
				String key = agency.id + "/" + year;
				int serial = serials.merge(key, 1, Integer::sum);
				if (serial > 99_999) {
					throw new IllegalStateException("More than 99999 items for " + key + ": use fewer rows");
				}
				String indexNumber = String.format("%s/%04d-%05d", agency.creditCode, year, serial);
				writer.add(agency.id, agency.columns.get(item.columnCode()), item, indexNumber, now);
				if ((i + 1) % 100_000 == 0) {
					System.out.printf("  %,d rows (%.0f s)%n", i + 1, (System.nanoTime() - start) / 1e9);
				}
			}
			writer.finish();
			saveSerials(db, serials);
			if (postgres) {
				try (Statement statement = db.createStatement()) {
					db.commit();
					db.setAutoCommit(true);
					statement.execute("ANALYZE pub_item");
				}
			}
			else {
				db.commit();
			}
		}
		System.out.printf("loaded %,d publications in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
		if (args.length > 4) {
			try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
				writePaths(db, java.nio.file.Path.of(args[4]));
			}
		}
	}

	private static void writePaths(Connection db, java.nio.file.Path dir) throws SQLException, IOException {
		long total;
		try (Statement statement = db.createStatement();
				ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM pub_item WHERE status = 'PUBLISHED'")) {
			row.next();
			total = row.getLong(1);
		}
		long step = Math.max(1, total / 500);
		List<String> items = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet row = statement.executeQuery("SELECT i.id, a.credit_code FROM pub_item i JOIN agc_agency a "
						+ "ON a.id = i.agency_id WHERE i.status = 'PUBLISHED' AND MOD(i.id, " + step
						+ ") = 0 ORDER BY i.id")) {
			while (row.next()) {
				items.add("/agencies/" + row.getString(2) + "/publications/" + row.getLong(1));
			}
		}
		List<String> columns = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet row = statement.executeQuery("SELECT c.id, a.credit_code FROM cat_column c JOIN agc_agency a "
						+ "ON a.id = c.agency_id WHERE EXISTS (SELECT 1 FROM pub_item i WHERE i.column_id = c.id) "
						+ "ORDER BY c.id")) {
			while (row.next()) {
				columns.add("/agencies/" + row.getString(2) + "/columns/" + row.getLong(1));
			}
		}
		java.nio.file.Files.write(dir.resolve("item-paths.txt"), items);
		java.nio.file.Files.write(dir.resolve("column-paths.txt"), columns);
		System.out.printf("sample paths: %d item pages, %d column lists%n", items.size(), columns.size());
	}

	private static List<Agency> agencies(Connection db) throws SQLException {
		Map<Long, Agency> byId = new LinkedHashMap<>();
		try (PreparedStatement query = db
			.prepareStatement("SELECT id, credit_code, name, short_name FROM agc_agency WHERE credit_code = ?")) {
			for (String code : DemoCounty.AGENCIES) {
				query.setString(1, code);
				try (ResultSet row = query.executeQuery()) {
					if (row.next()) {
						byId.put(row.getLong(1),
								new Agency(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
					}
				}
			}
		}
		if (byId.isEmpty()) {
			throw new IllegalStateException("No demo agencies: start the application once with --gongkai.demo=true");
		}
		Set<String> wanted = DemoTexts.load().columnCodes();
		try (Statement statement = db.createStatement();
				ResultSet row = statement.executeQuery(
						"SELECT agency_id, code, id FROM cat_column WHERE code IS NOT NULL AND hidden = FALSE")) {
			while (row.next()) {
				Agency agency = byId.get(row.getLong(1));
				if (agency != null && wanted.contains(row.getString(2))) {
					agency.columns.put(row.getString(2), row.getLong(3));
				}
			}
		}
		// villages have the village catalogue, which no topic of the phrase bank fits
		return new ArrayList<>(byId.values().stream().filter((a) -> !a.columns.isEmpty()).toList());
	}

	private static Map<String, Integer> serials(Connection db) throws SQLException {
		Map<String, Integer> serials = new HashMap<>();
		try (Statement statement = db.createStatement();
				ResultSet row = statement.executeQuery(
						"SELECT scope_id, serial_year, last_value FROM plt_serial WHERE series = 'index-number'")) {
			while (row.next()) {
				serials.put(row.getLong(1) + "/" + row.getInt(2), (int) row.getLong(3));
			}
		}
		return serials;
	}

	private static void saveSerials(Connection db, Map<String, Integer> serials) throws SQLException {
		try (PreparedStatement delete = db.prepareStatement(
				"DELETE FROM plt_serial WHERE series = 'index-number' AND scope_id = ? AND serial_year = ?");
				PreparedStatement insert = db.prepareStatement(
						"INSERT INTO plt_serial (series, scope_id, serial_year, last_value) VALUES ('index-number', ?, ?, ?)")) {
			for (Map.Entry<String, Integer> entry : serials.entrySet()) {
				String[] parts = entry.getKey().split("/");
				delete.setLong(1, Long.parseLong(parts[0]));
				delete.setInt(2, Integer.parseInt(parts[1]));
				delete.executeUpdate();
				insert.setLong(1, Long.parseLong(parts[0]));
				insert.setInt(2, Integer.parseInt(parts[1]));
				insert.setLong(3, entry.getValue());
				insert.executeUpdate();
			}
		}
	}

	private static final class Agency {

		final long id;

		final String creditCode;

		final String name;

		final String shortName;

		final Map<String, Long> columns = new LinkedHashMap<>();

		Agency(long id, String creditCode, String name, String shortName) {
			this.id = id;
			this.creditCode = creditCode;
			this.name = name;
			this.shortName = shortName;
		}

	}

	private interface Writer {

		void add(long agencyId, long columnId, DemoTexts.Item item, String indexNumber, Instant now)
				throws SQLException, IOException;

		void finish() throws SQLException, IOException;

	}

	/** H2 (and any other database): batched inserts, a commit every 10,000 rows. */
	private static final class BatchWriter implements Writer {

		private final Connection db;

		private final PreparedStatement insert;

		private int pending;

		BatchWriter(Connection db) throws SQLException {
			this.db = db;
			this.insert = db.prepareStatement("INSERT INTO pub_item (" + COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROACTIVE', ?, 'PUBLISHED', 'bench', ?, ?, 0)");
		}

		@Override
		public void add(long agencyId, long columnId, DemoTexts.Item item, String indexNumber, Instant now)
				throws SQLException {
			this.insert.setLong(1, agencyId);
			this.insert.setLong(2, columnId);
			this.insert.setString(3, item.title());
			this.insert.setString(4, item.summary());
			this.insert.setString(5, item.body());
			this.insert.setString(6, item.documentNumber());
			this.insert.setDate(7, Date.valueOf(item.madeOn()));
			this.insert.setDate(8, Date.valueOf(item.publishedOn()));
			this.insert.setString(9, item.genre().name());
			this.insert.setString(10, item.validity().name());
			this.insert.setString(11, indexNumber);
			this.insert.setTimestamp(12, Timestamp.from(now));
			this.insert.setTimestamp(13, Timestamp.from(now));
			this.insert.addBatch();
			if (++this.pending % 1000 == 0) {
				this.insert.executeBatch();
			}
			if (this.pending % 10_000 == 0) {
				this.db.commit();
			}
		}

		@Override
		public void finish() throws SQLException {
			this.insert.executeBatch();
			this.insert.close();
			this.db.commit();
		}

	}

	/** PostgreSQL: COPY in CSV, 20,000 rows a round. */
	private static final class CopyWriter implements Writer {

		private final CopyManager copy;

		private final StringBuilder buffer = new StringBuilder(1 << 24);

		private int pending;

		CopyWriter(Connection db) throws SQLException {
			this.copy = db.unwrap(PGConnection.class).getCopyAPI();
		}

		@Override
		public void add(long agencyId, long columnId, DemoTexts.Item item, String indexNumber, Instant now)
				throws SQLException, IOException {
			String stamp = now.toString();
			this.buffer.append(agencyId).append(',').append(columnId).append(',');
			csv(item.title()).csv(item.summary()).csv(item.body()).csv(item.documentNumber());
			this.buffer.append(item.madeOn())
				.append(',')
				.append(item.publishedOn())
				.append(',')
				.append(item.genre().name())
				.append(',')
				.append(item.validity().name())
				.append(",PROACTIVE,")
				.append(indexNumber)
				.append(",PUBLISHED,bench,")
				.append(stamp)
				.append(',')
				.append(stamp)
				.append(",0\n");
			if (++this.pending % 20_000 == 0) {
				flush();
			}
		}

		private CopyWriter csv(String value) {
			if (value != null) {
				this.buffer.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			this.buffer.append(',');
			return this;
		}

		private void flush() throws SQLException, IOException {
			if (this.buffer.isEmpty()) {
				return;
			}
			try (Reader reader = new StringReader(this.buffer.toString())) {
				this.copy.copyIn("COPY pub_item (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)", reader);
			}
			this.buffer.setLength(0);
		}

		@Override
		public void finish() throws SQLException, IOException {
			flush();
		}

	}

}
