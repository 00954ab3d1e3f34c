package org.gongkai.mailbox.rules;

import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Plain text only: control characters and markup refused, lengths checked per field. */
class PlainTextTests {

	@Test
	void requiredTextIsStrippedWithPlainLineBreaksAndKeepsComparisons() {
		assertThat(PlainText.required("  第一行\r\n第二行\t ", "body", 20)).isEqualTo("第一行\n第二行");
		assertThat(PlainText.required("a < b 且 c > d", "body", 20)).isEqualTo("a < b 且 c > d");
		assertThat(PlainText.required("12345", "subject", 5)).isEqualTo("12345");
	}

	@Test
	void requiredTextMayBeNeitherEmptyNorLongerThanItsMost() {
		RuleViolationException empty = refusal(() -> PlainText.required("  ", "subject", 5));
		assertThat(empty.messageKey()).isEqualTo("mailbox.subject.invalid");
		assertThat(empty).hasMessage("Bad subject");
		assertThat(empty.arguments()).containsExactly(5);
		assertThat(refusal(() -> PlainText.required(null, "name", 5)).messageKey()).isEqualTo("mailbox.name.invalid");
		assertThat(refusal(() -> PlainText.required("123456", "subject", 5)).arguments()).containsExactly(5);
	}

	@Test
	void controlCharactersAndMarkupAreRefusedNamingTheField() {
		RuleViolationException control = refusal(() -> PlainText.required("b\u0000", "body", 10));
		assertThat(control.messageKey()).isEqualTo("mailbox.body.control");
		assertThat(control).hasMessage("Control characters in body");
		RuleViolationException markup = refusal(() -> PlainText.plain("<a href=x>", "body"));
		assertThat(markup.messageKey()).isEqualTo("mailbox.body.markup");
		assertThat(markup).hasMessage("Markup in body");
		for (String tag : new String[] { "<b>", "</p>", "<!-- x -->", "<?xml?>", "x<Script>" }) {
			assertThat(PlainText.hasMarkup(tag)).as(tag).isTrue();
		}
		for (String text : new String[] { "a < b", "1<2", "<>", "<", "", "« 引号 »" }) {
			assertThat(PlainText.hasMarkup(text)).as(text).isFalse();
		}
		assertThat(PlainText.hasMarkup(null)).isFalse();
	}

	@Test
	void plainTextIsEmptyWhenMissing() {
		assertThat(PlainText.plain(null, "phone")).isEmpty();
		assertThat(PlainText.plain(" 138 ", "phone")).isEqualTo("138");
	}

	@Test
	void optionalTextIsNullWhenBlankAndCheckedOtherwise() {
		assertThat(PlainText.optional(null, "note", 5)).isNull();
		assertThat(PlainText.optional(" \u0000 ", "note", 5)).isNull();
		assertThat(PlainText.optional("  ", "note", 5)).isNull();
		assertThat(PlainText.optional(" 原因 ", "note", 5)).isEqualTo("原因");
		assertThat(refusal(() -> PlainText.optional("123456", "note", 5)).messageKey())
			.isEqualTo("mailbox.note.invalid");
		assertThat(refusal(() -> PlainText.optional("<b>x</b>", "note", 50)).messageKey())
			.isEqualTo("mailbox.note.markup");
	}

	private static RuleViolationException refusal(Runnable check) {
		RuleViolationException refused = catchThrowableOfType(RuleViolationException.class, check::run);
		assertThat(refused).isNotNull();
		return refused;
	}

}
