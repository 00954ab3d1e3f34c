package org.gongkai;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the code throws a {@code RuleViolationException} with has its Chinese
 * text in the bundles: a missing one shows the public the raw key (as
 * {@code calendar.notice.year-range} did).
 */
class MessageKeysTests {

	private static final Pattern THROWN = Pattern.compile("new RuleViolationException\\(\\s*\"([a-z0-9.-]+)\"");

	@Test
	void everyRuleViolationKeyHasItsText() throws IOException {
		Properties bundles = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".properties")).toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					bundles.load(reader);
				}
			}
		}
		List<String> used = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher m = THROWN.matcher(Files.readString(source));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(50);
		assertThat(new TreeSet<>(used)).filteredOn((key) -> !key.endsWith(".") && !bundles.containsKey(key)).isEmpty();
	}

}
