package org.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.ReportReading;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditVerification;
import org.gongkai.backup.BackupFile;
import org.gongkai.backup.Backups;
import org.gongkai.platform.Sha256;
import org.gongkai.search.PublicationSearch;
import org.gongkai.search.SearchQuery;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node on an embedded H2 file with the demo county is backed up while it runs, and the
 * archive restored into a fresh data directory: the annual report tables, the search
 * results (from the index rebuilt on start), the uploaded files and the audit chain read
 * the same. Its own two contexts, each on an H2 file in a temporary directory (the shared
 * test database is in memory, which has nothing to back up); the source node is closed
 * before the restored one starts, as on a real machine.
 */
class BackupRestoreTests {

	private static final List<String> QUERIES = List.of("通知", "公开", "政府信息", "2025年");

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aBackupRestoredIntoAFreshDataDirectoryReadsTheSame() throws Exception {
		Path root = Files.createTempDirectory("gongkai-backup-test");
		Facts before;
		BackupFile archive;
		Path backupDir;
		try (ConfigurableApplicationContext source = start(root.resolve("a"), "--gongkai.demo=true",
				"--gongkai.demo.items-per-agency=10")) {
			actAsAdministratorOverAll(source);
			archive = source.getBean(Backups.class).create();
			backupDir = source.getBean(Backups.class).directory();
			assertThat(source.getBean(Backups.class).list()).extracting(BackupFile::name).contains(archive.name());
			before = facts(source, root.resolve("a"));
		}
		assertThat(before.search().values()).anySatisfy((hits) -> assertThat(hits).isNotEmpty());
		assertThat(before.tables()).isNotEmpty();
		assertThat(before.audit().intact()).isTrue();

		Path restoredDir = root.resolve("b");
		try (ConfigurableApplicationContext restored = start(restoredDir,
				"--gongkai.restore-from=" + backupDir.resolve(archive.name()))) {
			actAsAdministratorOverAll(restored);
			Facts after = facts(restored, restoredDir);
			assertThat(after.tables()).isEqualTo(before.tables());
			assertThat(after.search()).isEqualTo(before.search());
			assertThat(after.uploads()).isEqualTo(before.uploads());
			assertThat(after.audit().intact()).as(after.audit().toString()).isTrue();
			// the restored chain goes on from the backed-up one: the restore and the
			// index
			// rebuild are audited
			assertThat(after.audit().checked()).isGreaterThan(before.audit().checked());
		}

		// a second restore into the same directory is refused: nothing is overwritten
		assertThatThrownBy(() -> start(restoredDir, "--gongkai.restore-from=" + backupDir.resolve(archive.name())))
			.hasStackTraceContaining("Restore refused");
	}

	private static ConfigurableApplicationContext start(Path dataDir, String... more) {
		List<String> args = new ArrayList<>(List.of("--gongkai.data-dir=" + dataDir,
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db").resolve("gongkai")
						+ ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
				"--gongkai.audit.checkpoint-file=" + dataDir.resolveSibling(dataDir.getFileName() + "-checkpoints.log"),
				"--server.port=0", "--gongkai.publication.schedule-check=PT24H",
				// an H2 file whatever profile the suite runs with (CI adds 'postgres')
				"--spring.datasource.driver-class-name=org.h2.Driver", "--spring.datasource.username=sa",
				"--spring.datasource.password=", "--spring.datasource.hikari.connection-init-sql=SELECT 1"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(GongkaiApplication.class)
			.initializers((context) -> context
				.addBeanFactoryPostProcessor(new TestClockContextCustomizerFactory.ClockReplacement()))
			.profiles("test")
			.run(args.toArray(String[]::new));
	}

	/**
	 * A system administrator who is also disclosure office of every agency (to read every
	 * report).
	 */
	private static void actAsAdministratorOverAll(ConfigurableApplicationContext node) {
		List<Grant> grants = new ArrayList<>(List.of(new Grant(Role.SYSTEM_ADMIN, null)));
		for (AgencySummary agency : node.getBean(AgencyManagement.class).all()) {
			grants.add(new Grant(Role.DISCLOSURE_OFFICE, agency.id()));
		}
		StaffPrincipal principal = new StaffPrincipal(0, "backup-test", "backup-test", grants, false);
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null));
	}

	private static Facts facts(ConfigurableApplicationContext node, Path dataDir) throws IOException {
		ReportReading reports = node.getBean(ReportReading.class);
		Map<String, String> tables = new LinkedHashMap<>();
		int year = reports.currentYear();
		for (AgencySummary agency : node.getBean(AgencyManagement.class).all()) {
			for (int y = year - 1; y <= year; y++) {
				tables.put(agency.creditCode() + "/" + y, reports.tables(agency.creditCode(), y).toString());
			}
		}
		PublicationSearch search = node.getBean(PublicationSearch.class);
		Map<String, String> results = new LinkedHashMap<>();
		for (String q : QUERIES) {
			results.put(q,
					search.search(SearchQuery.parse(q, null, null, null, null, null, null, null)).items().toString());
		}
		Map<String, String> uploads = new LinkedHashMap<>();
		Path store = dataDir.resolve("uploads");
		if (Files.isDirectory(store)) {
			try (Stream<Path> files = Files.walk(store)) {
				for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
					uploads.put(store.relativize(file).toString(),
							Sha256.hex(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)));
				}
			}
		}
		return new Facts(tables, results, uploads, node.getBean(AuditLog.class).verify());
	}

	record Facts(Map<String, String> tables, Map<String, String> search, Map<String, String> uploads,
			AuditVerification audit) {
	}

}
