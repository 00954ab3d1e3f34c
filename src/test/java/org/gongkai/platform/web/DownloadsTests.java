package org.gongkai.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Chinese file name travels in RFC 5987 form beside an ASCII fallback, and safely. */
class DownloadsTests {

	@Test
	void theChineseNameIsPercentEncodedBesideTheAsciiFallback() {
		assertThat(Downloads.attachment("答复告知书（YSQ-2026-1-00001）.pdf", "YSQ-2026-1-00001-reply.pdf"))
			.isEqualTo("attachment; filename=\"YSQ-2026-1-00001-reply.pdf\"; filename*=UTF-8''"
					+ "%E7%AD%94%E5%A4%8D%E5%91%8A%E7%9F%A5%E4%B9%A6%EF%BC%88YSQ-2026-1-00001%EF%BC%89.pdf");
	}

	@Test
	void quotesLineBreaksAndPathsCannotBreakOutOfTheHeader() {
		String header = Downloads.attachment("a\"b\r\nSet-Cookie: x/../报告.pdf", "a\"b\r\n%\\报告.pdf");
		assertThat(header).isEqualTo("attachment; filename=\"a_b______.pdf\"; filename*=UTF-8''"
				+ "a_b__Set-Cookie%3A%20x_.._%E6%8A%A5%E5%91%8A.pdf");
		assertThat(header.chars().allMatch((c) -> c >= 0x20 && c < 0x7f)).isTrue();
	}

}
