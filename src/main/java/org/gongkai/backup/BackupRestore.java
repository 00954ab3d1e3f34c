package org.gongkai.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Fills a fresh data directory from a backup archive before the application starts
 * ({@code --gongkai.restore-from=ARCHIVE}): the database file where the embedded H2
 * database is opened, the upload store, and the audit checkpoints where
 * {@code gongkai.audit.checkpoint-file} points (default {@code <data-dir>/audit}). It
 * refuses a data directory that holds a database, uploads or checkpoints already (a
 * restore never overwrites), an archive entry that would leave its directory, and a
 * database configured by URL that is not an H2 file. The search index is then rebuilt
 * from the restored tables ({@code gongkai.search.reindex}), and {@link RestoreRecord}
 * writes {@code backup.restored} to the audit log. The audit key is not in the archive:
 * the node must be given the key ring the backed-up node signed with.
 */
class BackupRestore implements EnvironmentPostProcessor, Ordered {

	/** The property naming the archive to restore. */
	static final String FROM = "gongkai.restore-from";

	/** Set when this start restored an archive (read by {@link RestoreRecord}). */
	static final String RESTORED = "gongkai.restored-from";

	private final Log log;

	BackupRestore(DeferredLogFactory logs) {
		this.log = logs.getLog(BackupRestore.class);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String from = environment.getProperty(FROM);
		if (from == null || from.isBlank()) {
			return;
		}
		Path archive = Path.of(from).toAbsolutePath().normalize();
		Path dataDir = Path.of(environment.getProperty("gongkai.data-dir", "./data")).toAbsolutePath().normalize();
		Path database = databaseFile(environment.getProperty("spring.datasource.url"), dataDir);
		Path uploads = dataDir.resolve("uploads");
		String configured = environment.getProperty("gongkai.audit.checkpoint-file");
		Path checkpoints = (configured != null && !configured.isBlank()) ? Path.of(configured).toAbsolutePath()
				: dataDir.resolve("audit").resolve("checkpoints.log");
		try {
			refuseExisting(database, uploads, checkpoints);
			int files = restore(archive, database, uploads, checkpoints);
			this.log.info("Restored " + archive + " into " + dataDir + " (" + files + " files); the search index "
					+ "is rebuilt on start");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Backup " + archive + " not restored", ex);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("gongkaiRestore",
					Map.of("gongkai.search.reindex", "true", RESTORED, archive.toString(),
							// the file the checkpoints went to, read once (a placeholder
							// may change)
							"gongkai.audit.checkpoint-file", checkpoints.toString())));
	}

	/** The H2 file the node opens: from the URL, or the embedded default. */
	static Path databaseFile(String url, Path dataDir) {
		if (url == null || url.isBlank()) {
			return dataDir.resolve("db").resolve("gongkai.mv.db");
		}
		String path = url.split(";", 2)[0];
		if (path.startsWith("jdbc:h2:file:")) {
			path = path.substring("jdbc:h2:file:".length());
		}
		else if (path.startsWith("jdbc:h2:") && !path.startsWith("jdbc:h2:mem:") && !path.startsWith("jdbc:h2:tcp:")
				&& !path.startsWith("jdbc:h2:ssl:")) {
			path = path.substring("jdbc:h2:".length());
		}
		else {
			throw new IllegalStateException("A backup is restored into an embedded H2 file database, not " + path
					+ " (PostgreSQL: pg_restore, see the README)");
		}
		return Path.of(path + ".mv.db").toAbsolutePath().normalize();
	}

	private static void refuseExisting(Path database, Path uploads, Path checkpoints) throws IOException {
		if (Files.exists(database)) {
			throw new IllegalStateException("Restore refused: " + database + " exists; restore into a fresh data "
					+ "directory (and start without " + FROM + " afterwards)");
		}
		if (Files.isDirectory(uploads)) {
			try (Stream<Path> files = Files.list(uploads)) {
				if (files.findAny().isPresent()) {
					throw new IllegalStateException("Restore refused: " + uploads + " holds files");
				}
			}
		}
		if (Files.exists(checkpoints) && Files.size(checkpoints) > 0) {
			throw new IllegalStateException("Restore refused: audit checkpoints exist in " + checkpoints);
		}
	}

	private static int restore(Path archive, Path database, Path uploads, Path checkpoints) throws IOException {
		boolean manifest = false;
		boolean databaseFound = false;
		int files = 0;
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (entry.isDirectory()) {
					continue;
				}
				if (name.equals(BackupArchive.MANIFEST)) {
					Properties properties = new Properties();
					properties.load(zip);
					if (!BackupArchive.FORMAT.equals(properties.getProperty("format"))) {
						throw new IllegalStateException("Unknown backup format " + properties.getProperty("format"));
					}
					manifest = true;
				}
				else if (name.startsWith(BackupArchive.DATABASE) && name.endsWith(".mv.db")) {
					BackupArchive.extract(zip, database);
					databaseFound = true;
				}
				else if (name.startsWith(BackupArchive.UPLOADS)) {
					BackupArchive.extract(zip,
							BackupArchive.inside(uploads, name.substring(BackupArchive.UPLOADS.length())));
				}
				else if (name.equals(BackupArchive.CHECKPOINTS)) {
					BackupArchive.extract(zip, checkpoints);
				}
				else {
					throw new IllegalStateException("Unknown entry in backup: " + name);
				}
				files++;
			}
		}
		if (!manifest || !databaseFound) {
			throw new IllegalStateException("Not a Gongkai backup (no manifest or no database): " + archive);
		}
		return files;
	}

}
