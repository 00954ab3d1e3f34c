package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The office's CSV file of table 二's entered figures, as Excel, WPS or a text editor
 * write it.
 */
class EntriesFileTests {

	private static final String SHEET = "行政许可,7\r\n行政处罚,3\r\n行政强制,0\r\n行政事业性收费,0.75\r\n";

	private static final Entries SAVED = new Entries(1L, 2L, 3L, new BigDecimal("4"),
			new long[] { 1, 0, 0, 0, 0, 0, 1 });

	@Test
	void readsUtf8WithOrWithoutAByteOrderMarkAndGb18030Alike() {
		byte[] utf8 = SHEET.getBytes(StandardCharsets.UTF_8);
		byte[] bom = ("\uFEFF" + SHEET).getBytes(StandardCharsets.UTF_8);
		byte[] gb18030 = SHEET.getBytes(Charset.forName("GB18030"));
		for (byte[] file : new byte[][] { utf8, bom, gb18030 }) {
			Entries entries = EntriesFile.apply(file, Entries.NONE);
			assertThat(entries.licensing()).isEqualTo(7L);
			assertThat(entries.penalties()).isEqualTo(3L);
			assertThat(entries.enforcement()).isZero();
			assertThat(entries.feesWan()).isEqualByComparingTo("0.75");
		}
	}

	@Test
	void keepsTheSavedFiguresTheFileDoesNotGiveAndReadsEnglishItems() {
		Entries entries = EntriesFile.apply("penalty,9\n\nfees,\"1.5\"\n".getBytes(StandardCharsets.UTF_8), SAVED);
		assertThat(entries.licensing()).isEqualTo(1L);
		assertThat(entries.penalties()).isEqualTo(9L);
		assertThat(entries.enforcement()).isEqualTo(3L);
		assertThat(entries.feesWan()).isEqualByComparingTo("1.5");
		assertThat(entries.priorCarryOut()).isSameAs(SAVED.priorCarryOut());
		assertThat(EntriesFile.apply("licensing,5\npenalties,6\nenforcement,8".getBytes(StandardCharsets.UTF_8), SAVED))
			.extracting(Entries::licensing, Entries::penalties, Entries::enforcement)
			.containsExactly(5L, 6L, 8L);
	}

	@Test
	void readsALineTypedWithAFullWidthCommaAndIgnoresTrailingEmptyCells() {
		Entries entries = EntriesFile.apply(" 行政许可 ， 12 \n行政处罚,4,,\n\"行政强制\"，\"2\"\n".getBytes(StandardCharsets.UTF_8),
				Entries.NONE);
		assertThat(entries.licensing()).isEqualTo(12L);
		assertThat(entries.penalties()).isEqualTo(4L);
		assertThat(entries.enforcement()).isEqualTo(2L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "行政许可,7\n行政处罚,abc\n", "行政许可,7\n行政处罚\n", "行政许可,7\n行政处罚,1,2\n", "行政许可,7\n许可,1\n",
			"行政许可,7\n行政处罚，1，2\n", "行政许可,7\n行政处罚,99999999999999999999\n", "行政许可,7\n行政事业性收费,1e\n" })
	void refusesAFileAtItsFirstBadLine(String file) {
		assertThat(lineRefused(file.getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
	}

	@Test
	void refusesEmptyOverlongBinaryUtf16AndOpenQuotedFiles() {
		assertThat(lineRefused(null)).isEqualTo(1);
		assertThat(lineRefused(new byte[0])).isEqualTo(1);
		assertThat(lineRefused(" \n\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(lineRefused("行政许可,1\n".repeat(21).getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(lineRefused(new byte[] { 'P', 'K', 3, 4, 0, 0 })).isEqualTo(1);
		assertThat(lineRefused(("\uFEFF" + SHEET).getBytes(StandardCharsets.UTF_16))).isEqualTo(1);
		assertThat(lineRefused(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0x81 })).isEqualTo(1);
		assertThat(lineRefused("行政许可,7\n行政处罚,\"3\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
	}

	private static int lineRefused(byte[] file) {
		RuleViolationException ex = catchThrowableOfType(RuleViolationException.class,
				() -> EntriesFile.apply(file, SAVED));
		assertThat(ex.messageKey()).isEqualTo("annualreport.entries.import.invalid");
		return (Integer) ex.arguments()[0];
	}

}
