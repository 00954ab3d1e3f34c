package org.gongkai.publication;

import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GongkaiTest
class DemoItemTests {

	@Autowired
	PublicationRelease release;

	@Test
	void isRefusedOutsideDemoMode() {
		LocalDate made = LocalDate.of(2026, 3, 2);
		PublicationDraft draft = new PublicationDraft(1L, "标题", null, "正文", null, made, Genre.NOTICE, Validity.VALID);
		assertThatThrownBy(() -> this.release.publishDemoItem(1L, draft, made))
			.isInstanceOf(IllegalStateException.class);
	}

}
