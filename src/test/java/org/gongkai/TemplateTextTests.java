package org.gongkai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates hold no Chinese text: every word a person reads comes from the message
 * bundles, so wording is reviewed in one place (docs/architecture.md, Conventions; after
 * spring-petclinic).
 */
class TemplateTextTests {

	private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");

	@Test
	void templatesUseMessageKeysInsteadOfChineseText() throws IOException {
		List<String> offenders;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			offenders = files.filter((p) -> p.toString().endsWith(".html")).flatMap((p) -> {
				try {
					List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
					return Stream.iterate(0, (i) -> i < lines.size(), (i) -> i + 1)
						.filter((i) -> CJK.matcher(lines.get(i)).find())
						.map((i) -> p + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
		assertThat(offenders).isEmpty();
	}

}
