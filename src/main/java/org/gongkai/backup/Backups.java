package org.gongkai.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditProperties;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Online backups of a node on the embedded H2 database (system administrators; audited
 * {@code backup.created}). The archive ({@link BackupArchive}) holds the audit
 * checkpoints, copied first, then the database from H2's {@code BACKUP TO} (consistent:
 * the database file is copy-on-write, and writers go on meanwhile), then the upload
 * store. Uploads are addressed by their SHA-256 and never changed, so a file added while
 * the archive is written is at most one more than the database names. One backup runs at
 * a time. PostgreSQL and an in-memory database are refused: the first is backed up with
 * pg_dump, the second has nothing to keep.
 */
@Service
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final DataSource dataSource;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Path dataDir;

	private final Path backupDir;

	private final Path checkpoints;

	Backups(DataSource dataSource, AuditLog audit, TransactionTemplate transactions, Clock clock,
			GongkaiProperties platform, AuditProperties auditProperties, BackupProperties properties) {
		this.dataSource = dataSource;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.dataDir = platform.dataDir().toAbsolutePath().normalize();
		this.backupDir = (properties.dir() != null) ? properties.dir().toAbsolutePath().normalize()
				: this.dataDir.resolveSibling(this.dataDir.getFileName() + "-backups");
		this.checkpoints = (auditProperties.checkpointFile() != null) ? auditProperties.checkpointFile()
				: this.dataDir.resolve("audit").resolve("checkpoints.log");
	}

	/** The directory the archives are written to. */
	public Path directory() {
		return this.backupDir;
	}

	/**
	 * Writes a backup archive of this node's database, uploads and audit checkpoints.
	 * @throws ForbiddenException unless the signed-in user is a system administrator
	 * @throws RuleViolationException when the database is not an embedded H2 file
	 */
	public synchronized BackupFile create() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !me.has(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("Backups need a system administrator");
		}
		requireH2File();
		Instant now = this.clock.instant();
		Path work = null;
		try {
			Files.createDirectories(this.backupDir);
			Path target = freeName(now);
			work = Files.createTempDirectory(this.backupDir, ".backup-");
			Path checkpointCopy = work.resolve("checkpoints.log");
			if (Files.isRegularFile(this.checkpoints)) {
				Files.copy(this.checkpoints, checkpointCopy);
			}
			Path h2Backup = work.resolve("database.zip");
			new JdbcTemplate(this.dataSource).execute("BACKUP TO '" + h2Backup.toString().replace("'", "''") + "'");
			Path partial = work.resolve("archive.zip");
			int uploads;
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
				Properties manifest = new Properties();
				manifest.setProperty("format", BackupArchive.FORMAT);
				manifest.setProperty("created-at", now.toString());
				manifest.setProperty("created-by", me.username());
				BackupArchive.manifest(zip, manifest);
				if (Files.isRegularFile(checkpointCopy)) {
					BackupArchive.add(zip, BackupArchive.CHECKPOINTS, checkpointCopy);
				}
				BackupArchive.addDatabase(zip, h2Backup);
				uploads = BackupArchive.addUploads(zip, this.dataDir.resolve("uploads"));
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			BackupFile file = new BackupFile(target.getFileName().toString(), Files.size(target), now);
			this.transactions.executeWithoutResult(
					(status) -> this.audit.record(AuditRecord.of("backup.created", "Backup", file.name())
						.withAfter("bytes=" + file.bytes() + ", uploads=" + uploads)));
			log.info("Backup {} written ({} bytes, {} uploads)", target, file.bytes(), uploads);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Backup not written to " + this.backupDir, ex);
		}
		finally {
			if (work != null) {
				try {
					FileSystemUtils.deleteRecursively(work);
				}
				catch (IOException ex) {
					log.warn("Backup work directory {} not removed: {}", work, ex.toString());
				}
			}
		}
	}

	/** The archives in the backup directory, newest first. */
	public List<BackupFile> list() {
		if (!Files.isDirectory(this.backupDir)) {
			return List.of();
		}
		List<BackupFile> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(this.backupDir)) {
			for (Path path : (Iterable<Path>) entries::iterator) {
				String name = path.getFileName().toString();
				if (Files.isRegularFile(path) && name.startsWith("gongkai-backup-") && name.endsWith(".zip")) {
					files.add(new BackupFile(name, Files.size(path), Files.getLastModifiedTime(path).toInstant()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Backups not listed in " + this.backupDir, ex);
		}
		files.sort(Comparator.comparing(BackupFile::createdAt).thenComparing(BackupFile::name).reversed());
		return files;
	}

	private Path freeName(Instant now) {
		String stamp = NAME.format(LocalDateTime.ofInstant(now, this.clock.getZone()));
		Path target = this.backupDir.resolve("gongkai-backup-" + stamp + ".zip");
		for (int n = 2; Files.exists(target); n++) {
			target = this.backupDir.resolve("gongkai-backup-" + stamp + "-" + n + ".zip");
		}
		return target;
	}

	private void requireH2File() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			if (!"H2".equals(meta.getDatabaseProductName())) {
				throw new RuleViolationException("backup.not-embedded",
						"Online backup is for the embedded H2 database, not " + meta.getDatabaseProductName());
			}
			if (meta.getURL().startsWith("jdbc:h2:mem:")) {
				throw new RuleViolationException("backup.in-memory", "An in-memory database has nothing to back up");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Database not reached for a backup", ex);
		}
	}

}
