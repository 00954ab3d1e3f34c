package org.gongkai.mailbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.mailbox.letter.LetterList;
import org.gongkai.mailbox.letter.ReplyFigures;
import org.gongkai.mailbox.letter.ValidLetter;
import org.gongkai.mailbox.moderation.Moderation;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.privacy.PrivacyScanner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's plain pieces, without Spring: the reply period per letter type comes from
 * the settings, moderation uses the word list, masking for the portal, the checks of a
 * letter, and the figures' rates (the rules themselves are tested in {@code rules}).
 */
class MailboxRulesTests {

	private static final MailboxProperties SETTINGS = new MailboxProperties(10, 20, 30, 5, 15, 5, 10, 5, 10,
			List.of("Idiot", " 狗官 ", ""), 20);

	private final Moderation moderation = new Moderation(
			new PrivacyScanner(Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"))),
			SETTINGS);

	@Test
	void eachTypeHasTheReplyPeriodOfItsSetting() {
		assertThat(SETTINGS.replyDays(LetterType.CONSULTATION)).isEqualTo(10);
		assertThat(SETTINGS.replyDays(LetterType.COMPLAINT)).isEqualTo(20);
		assertThat(SETTINGS.replyDays(LetterType.REPORT)).isEqualTo(30);
		assertThat(SETTINGS.replyDays(LetterType.SUGGESTION)).isEqualTo(5);
	}

	@Test
	void moderationFlagsWithTheConfiguredWordList() {
		// the list itself: rules/FlaggedWordsTests
		assertThat(this.moderation.flags("you IDIOT")).isTrue();
		assertThat(this.moderation.flags("路灯不亮", null)).isFalse();
	}

	@Test
	void thePortalSeesIdNumbersAndMobilesMasked() {
		assertThat(this.moderation.forPublic("身份证 " + MailboxFixtures.ID_NUMBER + "，手机 13912345678"))
			.isEqualTo("身份证 " + MailboxFixtures.MASKED_ID + "，手机 139****5678");
		assertThat(this.moderation.forPublic(null)).isNull();
	}

	@Test
	void aLetterIsPlainTextWithinItsLimitsAndNeedsAContact() {
		ValidLetter valid = ValidLetter
			.of(new LetterForm(null, " suggestion ", " 标题 ", "第一行\r\n第二行", "王五", "", "a@example.com", null));
		assertThat(valid.type()).isEqualTo(LetterType.SUGGESTION);
		assertThat(valid.subject()).isEqualTo("标题");
		assertThat(valid.body()).isEqualTo("第一行\n第二行");
		assertThat(valid.phone()).isNull();
		assertThat(valid.publicConsent()).isFalse();
		assertThat(key(new LetterForm(null, "CONSULTATION", "t", "a < b 且 c > d", "n", "13800138000", null, true)))
			.isNull();
		assertThat(key(new LetterForm(null, "CONSULTATION", "t", "<a href=x>", "n", "13800138000", null, true)))
			.isEqualTo("mailbox.body.markup");
		assertThat(key(new LetterForm(null, "CONSULTATION", "t", "b\u0000", "n", "13800138000", null, true)))
			.isEqualTo("mailbox.body.control");
		assertThat(key(new LetterForm(null, "CONSULTATION", "t", "b", "n", null, null, true)))
			.isEqualTo("mailbox.contact.missing");
		assertThat(key(new LetterForm(null, null, "t", "b", "n", "13800138000", null, true)))
			.isEqualTo("mailbox.type.invalid");
	}

	@Test
	void ratesAreWholePercentsAndZeroWithoutData() {
		ReplyFigures figures = new ReplyFigures(1, "县", null, 3, 2, 1, 4.5, 3, 2);
		assertThat(figures.replyRate()).isEqualTo(67);
		assertThat(figures.onTimeRate()).isEqualTo(50);
		assertThat(figures.satisfaction()).isEqualTo(67);
		ReplyFigures none = new ReplyFigures(1, "县", null, 0, 0, 0, null, 0, 0);
		assertThat(none.replyRate()).isZero();
		assertThat(none.onTimeRate()).isZero();
		assertThat(none.satisfaction()).isZero();
		assertThat(LetterList.of("due-soon")).isEqualTo(LetterList.DUE_SOON);
		assertThat(LetterList.of("<script>")).isEqualTo(LetterList.OPEN);
	}

	private static String key(LetterForm form) {
		try {
			ValidLetter.of(form);
			return null;
		}
		catch (RuleViolationException ex) {
			return ex.messageKey();
		}
	}

}
