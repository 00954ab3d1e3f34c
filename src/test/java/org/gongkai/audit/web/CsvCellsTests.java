package org.gongkai.audit.web;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@Test
	void cellsThatLookLikeFormulasBecomeText() {
		assertThat(CsvCells.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(CsvCells.cell("+1")).isEqualTo("'+1");
		assertThat(CsvCells.cell("-1")).isEqualTo("'-1");
		assertThat(CsvCells.cell("@A1")).isEqualTo("'@A1");
		assertThat(CsvCells.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCells.cell("普通文字")).isEqualTo("普通文字");
		assertThat(CsvCells.cell(null)).isEmpty();
	}

	@Test
	void separatorsQuotesAndLineBreaksAreQuoted() throws Exception {
		assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvCells.cell("说\"好\"")).isEqualTo("\"说\"\"好\"\"\"");
		assertThat(CsvCells.cell("一\n二")).isEqualTo("\"一\n二\"");
		assertThat(CsvCells.cell("=a,b")).isEqualTo("\"'=a,b\"");
		StringWriter out = new StringWriter();
		CsvCells.row(out, List.of("1", "=x", "y"));
		assertThat(out.toString()).isEqualTo("1,'=x,y\r\n");
	}

}
