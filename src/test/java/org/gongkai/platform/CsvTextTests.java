package org.gongkai.platform;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.platform.CsvText.Reason;
import org.gongkai.platform.CsvText.Row;
import org.gongkai.platform.CsvText.Unreadable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvTextTests {

	private static final String SHEET = "收到日期,申请人\r\n2026-03-02,\"张三，李四\"\r\n2026-03-03,\"说\"\"好\"\"\n第二行\"\r\n";

	@Test
	void readsUtf8WithAndWithoutByteOrderMark() throws Unreadable {
		byte[] plain = SHEET.getBytes(StandardCharsets.UTF_8);
		byte[] bom = ("\uFEFF" + SHEET).getBytes(StandardCharsets.UTF_8);
		assertThat(CsvText.read(plain)).isEqualTo(CsvText.read(bom)).isEqualTo(expected());
	}

	@Test
	void readsGb18030AsExcelOnChineseWindowsWritesIt() throws Unreadable {
		assertThat(CsvText.read(SHEET.getBytes(Charset.forName("GB18030")))).isEqualTo(expected());
	}

	@Test
	void refusesUtf16AndBytesThatAreNeitherEncoding() {
		assertThat(reason("\uFEFF收到日期".getBytes(StandardCharsets.UTF_16LE))).isEqualTo(Reason.ENCODING);
		assertThat(reason("收到日期".getBytes(StandardCharsets.UTF_16))).isEqualTo(Reason.ENCODING);
		assertThat(reason(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF }))
			.isEqualTo(Reason.ENCODING);
		assertThat(reason(new byte[] { 'a', (byte) 0x81, (byte) 0x20 })).isEqualTo(Reason.ENCODING);
	}

	@Test
	void refusesControlCharactersAsNotText() {
		assertThat(reason("a,b\u0000c\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NOT_TEXT);
		assertThat(reason("PK\u0003\u0004".getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.NOT_TEXT);
	}

	@Test
	void aQuoteLeftOpenNamesTheRecord() {
		Unreadable ex = catchThrowableOfType(Unreadable.class,
				() -> CsvText.read("a,b\nc,\"d\ne,f\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(ex.reason()).isEqualTo(Reason.QUOTE);
		assertThat(ex.row()).isEqualTo(2);
	}

	@Test
	void textAfterAClosingQuoteAndQuotesInsideAFieldAreKept() throws Unreadable {
		assertThat(CsvText.read("\"12\"元,a\"b\n".getBytes(StandardCharsets.UTF_8)))
			.containsExactly(new Row(1, List.of("12元", "a\"b")));
	}

	@Test
	void emptyLinesAreBlankRecordsAndNothingIsNoRecords() throws Unreadable {
		List<Row> rows = CsvText.read("a\n\nb".getBytes(StandardCharsets.UTF_8));
		assertThat(rows).extracting(Row::blank).containsExactly(false, true, false);
		assertThat(CsvText.read(new byte[0])).isEmpty();
		assertThat(CsvText.read(null)).isEmpty();
	}

	private static List<Row> expected() {
		return List.of(new Row(1, List.of("收到日期", "申请人")), new Row(2, List.of("2026-03-02", "张三，李四")),
				new Row(3, List.of("2026-03-03", "说\"好\"\n第二行")));
	}

	private static Reason reason(byte[] bytes) {
		return catchThrowableOfType(Unreadable.class, () -> CsvText.read(bytes)).reason();
	}

}
