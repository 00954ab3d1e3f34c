package org.gongkai.privacy.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the scanner on its labelled corpus (lines starting
 * {@code subject[writer]:} scanned as a mailbox subject, with probable names)
 * ({@code privacy/corpus.txt}): every marked span found with its type and place, nothing
 * else found. Both must stay at least 0.99 (issue 13.2).
 */
class ScannerCorpusTests {

	private final PrivacyScanner scanner = new PrivacyScanner(PrivacyScannerTests.CLOCK, () -> List.of("青山县人民路1号"));

	@Test
	void findsWhatIsMarkedAndNothingElse() throws IOException {
		List<String> lines = corpus();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(100);
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		Set<FindingType> typesSeen = new HashSet<>();
		StringBuilder misses = new StringBuilder();
		for (String line : lines) {
			Labelled labelled = Labelled.parse(line);
			Set<Span> expected = new HashSet<>(labelled.spans());
			Set<Span> actual = new HashSet<>();
			List<Finding> findings = labelled.subject()
					? this.scanner.scanShort(labelled.text(), List.of(labelled.name()))
					: (labelled.name() != null) ? this.scanner.scan(labelled.text(), List.of(labelled.name()))
							: this.scanner.scan(labelled.text());
			findings.forEach((f) -> actual.add(new Span(f.type(), f.start(), f.end())));
			expected.forEach((span) -> typesSeen.add(span.type()));
			for (Span span : actual) {
				if (expected.contains(span)) {
					truePositives++;
				}
				else {
					falsePositives++;
					misses.append("found, not marked: ").append(span).append(" in ").append(line).append('\n');
				}
			}
			for (Span span : expected) {
				if (!actual.contains(span)) {
					falseNegatives++;
					misses.append("marked, not found: ").append(span).append(" in ").append(line).append('\n');
				}
			}
		}
		double precision = truePositives / (double) (truePositives + falsePositives);
		double recall = truePositives / (double) (truePositives + falseNegatives);
		System.out.printf("scanner corpus: %d lines, %d marked, precision %.4f, recall %.4f%n", lines.size(),
				truePositives + falseNegatives, precision, recall);
		assertThat(typesSeen).containsExactlyInAnyOrder(FindingType.values());
		assertThat(precision).as("precision\n" + misses).isGreaterThanOrEqualTo(0.99);
		assertThat(recall).as("recall\n" + misses).isGreaterThanOrEqualTo(0.99);
	}

	private static List<String> corpus() throws IOException {
		try (InputStream in = ScannerCorpusTests.class.getResourceAsStream("/privacy/corpus.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	/** A found or marked span. */
	record Span(FindingType type, int start, int end) {
	}

	/** One corpus line: the text without marks, the marked spans, the writer's name. */
	record Labelled(String text, List<Span> spans, String name, boolean subject) {

		static Labelled parse(String line) {
			String name = null;
			String rest = line;
			boolean subject = line.startsWith("subject[");
			if (line.startsWith("reply[") || subject) {
				name = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
				rest = line.substring(line.indexOf("]: ") + 3);
			}
			rest = rest.replace("\\n", "\n");
			StringBuilder text = new StringBuilder();
			List<Span> spans = new ArrayList<>();
			int i = 0;
			while (i < rest.length()) {
				int open = rest.indexOf('⟦', i);
				if (open < 0) {
					text.append(rest, i, rest.length());
					break;
				}
				text.append(rest, i, open);
				int bar = rest.indexOf('|', open);
				int close = rest.indexOf('⟧', bar);
				FindingType type = FindingType.valueOf(rest.substring(open + 1, bar));
				int start = text.length();
				text.append(rest, bar + 1, close);
				spans.add(new Span(type, start, text.length()));
				i = close + 1;
			}
			return new Labelled(text.toString(), spans, name, subject);
		}

	}

}
