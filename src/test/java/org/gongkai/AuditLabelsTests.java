package org.gongkai;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit action code and object type the code records has its Chinese name
 * ({@code audit.action.<code>}, {@code audit.object.<Type>}), so the audit log and its
 * export never show a code to a person. Action codes are the module-prefixed literals
 * ({@code publication.withdrawn}) of the sources that write audit entries, also those
 * passed through a variable, and any literal given to {@code AuditRecord.of} directly.
 */
class AuditLabelsTests {

	private static final Pattern ACTION = Pattern.compile(
			"\"((?:account|activities|agency|annualreport|assessment|audit|calendar|catalog|channels|concerns|decisions|fiscal|inspection|powers|services|mailbox|publication|request|search|submission|privacy|platform|demo|worksummary)\\.[a-z][a-z0-9-]*)\"");

	private static final Pattern DIRECT = Pattern.compile("AuditRecord\\.of\\(\\s*\"([a-z0-9.-]+)\"");

	private static final Pattern OBJECT = Pattern.compile("AuditRecord\\.of\\([^,]+,\\s*\"([A-Za-z]+)\"");

	@Test
	void everyActionCodeAndObjectTypeHasAChineseLabel() throws IOException {
		Properties bundles = bundles();
		TreeSet<String> actions = new TreeSet<>();
		TreeSet<String> objects = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String text = Files.readString(source);
				collect(DIRECT, text, actions);
				collect(OBJECT, text, objects);
				if (text.contains("AuditRecord") || text.contains("record(") || text.contains(".audit(")) {
					collect(ACTION, text, actions);
				}
			}
		}
		assertThat(actions).hasSizeGreaterThan(90).contains("publication.withdrawn", "audit.key.rotated");
		assertThat(objects).hasSizeGreaterThan(15).contains("DisclosureRequest");
		assertThat(actions).filteredOn((a) -> !bundles.containsKey("audit.action." + a)).isEmpty();
		assertThat(objects).filteredOn((o) -> !bundles.containsKey("audit.object." + o)).isEmpty();
		assertThat(bundles.getProperty("audit.action.publication.withdrawn")).isEqualTo("撤回公开内容");
	}

	private static void collect(Pattern pattern, String text, TreeSet<String> into) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			into.add(m.group(1));
		}
	}

	private static Properties bundles() throws IOException {
		Properties bundles = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".properties")).toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					bundles.load(reader);
				}
			}
		}
		return bundles;
	}

}
