package org.gongkai.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The layout of a backup archive, written and read here only: {@value #MANIFEST} (format,
 * time, who), {@code db/<name>.mv.db} (the H2 database file from {@code BACKUP TO}),
 * {@code uploads/...} (the upload store as it lies on disk) and {@value #CHECKPOINTS}
 * (the audit chain's checkpoints, copied before the database, so the database holds every
 * entry they name).
 */
final class BackupArchive {

	static final String MANIFEST = "gongkai-backup.properties";

	static final String FORMAT = "1";

	static final String DATABASE = "db/";

	static final String UPLOADS = "uploads/";

	static final String CHECKPOINTS = "audit/checkpoints.log";

	private BackupArchive() {
	}

	/** Adds one file under {@code name}. */
	static void add(ZipOutputStream zip, String name, Path file) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		Files.copy(file, zip);
		zip.closeEntry();
	}

	/** Adds the manifest. */
	static void manifest(ZipOutputStream zip, Properties manifest) throws IOException {
		zip.putNextEntry(new ZipEntry(MANIFEST));
		manifest.store(zip, "Gongkai backup");
		zip.closeEntry();
	}

	/** Adds the entries of H2's backup zip under {@link #DATABASE}. */
	static void addDatabase(ZipOutputStream zip, Path h2Backup) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Backup))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.isDirectory()) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(DATABASE + Path.of(entry.getName()).getFileName()));
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
	}

	/**
	 * Adds every file of the upload store but its unfinished uploads ({@code tmp/}).
	 * @return how many files
	 */
	static int addUploads(ZipOutputStream zip, Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return 0;
		}
		int count = 0;
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				Path relative = root.relativize(file);
				if (relative.getNameCount() > 1 && relative.getName(0).toString().equals("tmp")) {
					continue;
				}
				add(zip, UPLOADS + relative.toString().replace('\\', '/'), file);
				count++;
			}
		}
		return count;
	}

	/**
	 * Where an entry's bytes go: {@code target} resolved against {@code root}, refused if
	 * it would leave it ({@code ../}, absolute names).
	 */
	static Path inside(Path root, String relative) {
		Path target = root.resolve(relative).normalize();
		if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || !target.startsWith(root)
				|| target.equals(root)) {
			throw new IllegalStateException("Backup entry outside its directory: " + relative);
		}
		return target;
	}

	/** Copies an entry's bytes to {@code target}, creating its directories. */
	static void extract(InputStream in, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (OutputStream out = Files.newOutputStream(target)) {
			in.transferTo(out);
		}
	}

}
