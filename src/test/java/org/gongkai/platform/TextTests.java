package org.gongkai.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void controlCharactersGoLineBreaksAndTabsStay() {
		assertThat(Text.clean(" 申\u0000请\u0007人\u001b \r\n第二行\t末尾 \u007f")).isEqualTo("申请人 \n第二行\t末尾");
	}

	@Test
	void nullAndBlankBecomeEmpty() {
		assertThat(Text.clean(null)).isEmpty();
		assertThat(Text.clean(" \u0000 ")).isEmpty();
	}

	@Test
	void ordinaryTextIsUnchanged() {
		String text = "关于<script>alert(1)</script>的申请 & {{basis}}";
		assertThat(Text.clean(text)).isEqualTo(text);
	}

}
