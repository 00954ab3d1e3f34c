package org.gongkai.privacy.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeout;

/**
 * The personal-data scanner on its own, without Spring (docs/legal-rules.md, Personal
 * data).
 */
class PrivacyScannerTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private final PrivacyScanner scanner = new PrivacyScanner(CLOCK);

	@Test
	void findsTheIdNumberOfTheStandardsExample() {
		assertThat(PersonalDataFixtures.idCheck("11010519491231002")).isEqualTo('X');
		assertThat(this.scanner.scan("申请人身份证号11010519491231002X，住址略。"))
			.containsExactly(new Finding(FindingType.ID_CARD, 7, 25, "11*************02X"));
	}

	@Test
	void acceptsALowerCaseCheckCharacter() {
		assertThat(this.scanner.scan("11010519491231002x"))
			.containsExactly(new Finding(FindingType.ID_CARD, 0, 18, "11*************02x"));
	}

	@Test
	void findsALegacyFifteenDigitIdNumber() {
		assertThat(this.scanner.scan("旧证号：350102491231123。"))
			.containsExactly(new Finding(FindingType.ID_CARD, 4, 19, "35**********123"));
	}

	@Test
	void acceptsBirthDatesFrom1900ToThisYear() {
		String born1900 = PersonalDataFixtures.idNumber("350102", LocalDate.of(1900, 1, 1), false);
		String bornThisYear = PersonalDataFixtures.idNumber("350102", LocalDate.of(2026, 12, 31), false);
		String leapDay = PersonalDataFixtures.idNumber("350102", LocalDate.of(2000, 2, 29), false);
		for (String id : List.of(born1900, bornThisYear, leapDay)) {
			assertThat(this.scanner.scan(id)).as(id)
				.containsExactly(new Finding(FindingType.ID_CARD, 0, 18, "35*************" + id.substring(15)));
		}
	}

	@Test
	void reportsAnIdNumberThatAlsoPassesTheLuhnCheckOnlyAsAnIdNumber() {
		String id = PersonalDataFixtures.idNumber("440305", LocalDate.of(1985, 7, 9), true);
		assertThat(PersonalDataFixtures.passesLuhn(id)).isTrue();
		assertThat(this.scanner.scan("号码" + id)).extracting(Finding::type).containsExactly(FindingType.ID_CARD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "138 1234 5678", "138-1234-5678", "+8613812345678", "8613812345678",
			"+86 13812345678", "+86-13812345678", "86 138 1234 5678", "+86 138-1234-5678", "+86-138-1234-5678" })
	void findsAMobileNumberWrittenAnyUsualWay(String number) {
		assertThat(this.scanner.scan("电话" + number + "，"))
			.containsExactly(new Finding(FindingType.MOBILE, 2, 2 + number.length(), "138****5678"));
	}

	@Test
	void findsMobileNumbersOfEveryMainlandPrefix() {
		for (char second = '3'; second <= '9'; second++) {
			String number = "1" + second + "912345678";
			assertThat(this.scanner.scan(number)).as(number)
				.extracting(Finding::type)
				.containsExactly(FindingType.MOBILE);
		}
	}

	@Test
	void findsABankCardNumberPassingTheLuhnCheck() {
		String card = PersonalDataFixtures.cardNumber("622202020012345678");
		assertThat(card).hasSize(19);
		assertThat(this.scanner.scan("收款账号：" + card + "。"))
			.containsExactly(new Finding(FindingType.BANK_CARD, 5, 24, "6222***********" + card.substring(15)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 16, 17, 18, 19 })
	void findsCardNumbersOfEveryLengthWholeOrGroupedByFour(int length) {
		String card = PersonalDataFixtures.cardNumber("6228480012345678901".substring(0, length - 1));
		String masked = card.substring(0, 4) + "*".repeat(length - 8) + card.substring(length - 4);
		for (String written : List.of(card, PersonalDataFixtures.grouped(card, " "),
				PersonalDataFixtures.grouped(card, "-"))) {
			assertThat(this.scanner.scan("卡号" + written + "。")).as(written)
				.containsExactly(new Finding(FindingType.BANK_CARD, 2, 2 + written.length(), masked));
		}
	}

	@Test
	void findsPersonalEmailAddressesButNotTheSentencesFullStop() {
		String text = "邮箱 zhang.san@example.com。备用 li_si+gk@mail.163.com.";
		assertThat(this.scanner.scan(text)).containsExactly(new Finding(FindingType.EMAIL, 3, 24, "z***@example.com"),
				new Finding(FindingType.EMAIL, 28, 49, "l***@mail.163.com"));
	}

	@Test
	void reportsAMobileNumberUsedAsAnAddressOnceAsTheAddress() {
		assertThat(this.scanner.scan("QQ邮箱13812345678@qq.com"))
			.containsExactly(new Finding(FindingType.EMAIL, 4, 22, "1***@qq.com"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "秘密★", "机密★", "绝密★", "秘密★5年", "机密★10年", "绝密★启用前", "秘密☆1年", "机密*", "秘密＊6个月", "机密★长期", "秘密★５年" })
	void findsSecrecyMarkings(String mark) {
		assertThat(this.scanner.scan("文件标注" + mark + "。"))
			.containsExactly(new Finding(FindingType.SECRECY_MARK, 4, 4 + mark.length(), "[密级标志]"));
	}

	@Test
	void findsAMarkingWithOrWithoutAFullStop() {
		assertThat(this.scanner.scan("机密★10年")).containsExactly(new Finding(FindingType.SECRECY_MARK, 0, 6, "[密级标志]"));
		assertThat(this.scanner.scan("机密★10年.")).containsExactly(new Finding(FindingType.SECRECY_MARK, 0, 6, "[密级标志]"));
	}

	@ParameterizedTest
	@MethodSource
	void findsNothingInWhatOnlyLooksLikePersonalData(String text) {
		assertThat(this.scanner.scan(text)).isEmpty();
		assertThat(this.scanner.maskAll(text)).isSameAs(text);
	}

	static Stream<String> findsNothingInWhatOnlyLooksLikePersonalData() {
		return Stream.of("统一社会信用代码：11441700007280420Y", "索引号：11441700007280420Y/2021-00050", "青政发〔2024〕12号",
				"联系电话：0771-5210001", "(0771)5210001", "（0771）5210001", "0771 5210001", "金额1,234,567.89元", "2024-05-01",
				"20240501", "2024年5月1日", "时间 2024-05-01 08:30:00", "依法保护国家秘密和商业秘密，不得泄露秘密。", "机密文件", "绝密级",
				"office@example.gov.cn", "联系 OFFICE@NN.GX.GOV.CN。", "邮编 530700", "第 12345678901234 号", "12812345678",
				"138123456789", "1381234567", "A13812345678", "13812345678B", "138 1234 5678 9012",
				"0771 138 1234 5678", "138-1234-56789", "not@an address", "@example.com", "a@b", "x@y.c0m",
				PersonalDataFixtures.idNumberWithWrongCheck("110105", LocalDate.of(1949, 12, 31)),
				PersonalDataFixtures.idNumberWithBirth("110105", "19490230"),
				PersonalDataFixtures.idNumberWithBirth("110105", "19491301"),
				PersonalDataFixtures.idNumberWithBirth("110105", "18991231"),
				PersonalDataFixtures.idNumberWithBirth("110105", "20270101"),
				PersonalDataFixtures.idNumberWithBirth("010105", "19800101"), "110105490230002", "110105491301002",
				PersonalDataFixtures.cardNumberFailingLuhn("622202020012345678"),
				PersonalDataFixtures.cardNumberFailingLuhn("622848001234567"),
				PersonalDataFixtures.grouped(PersonalDataFixtures.cardNumberFailingLuhn("622848001234567"), " "),
				PersonalDataFixtures.grouped(PersonalDataFixtures.cardNumber("6228480012345678901"), " ") + " 12",
				"X" + PersonalDataFixtures.cardNumber("622202020012345678"),
				PersonalDataFixtures.cardNumber("6222020200123456789"), "11010519491231002X1", "911010519491231002X");
	}

	@Test
	void findsEverythingInAMixedChineseText() {
		String card = PersonalDataFixtures.cardNumber("622202020012345678");
		String text = "关于张某（身份证号11010519491231002X，手机138-1234-5678，邮箱zhang@example.com）的补助公示。" + "补助款已转入其银行卡" + card
				+ "，详询0771-5210001或office@example.gov.cn。秘密★5年";
		assertThat(this.scanner.scan(text)).extracting(Finding::type, (f) -> text.substring(f.start(), f.end()))
			.containsExactly(tuple(FindingType.ID_CARD, "11010519491231002X"),
					tuple(FindingType.MOBILE, "138-1234-5678"), tuple(FindingType.EMAIL, "zhang@example.com"),
					tuple(FindingType.BANK_CARD, card), tuple(FindingType.SECRECY_MARK, "秘密★5年"));
	}

	@Test
	void masksEveryFindingAndLeavesTheRest() {
		String card = PersonalDataFixtures.cardNumber("622202020012345678");
		String text = "张某，身份证号11010519491231002X，电话+86 138 1234 5678，卡号" + card
				+ "，邮箱zhang@example.com，办公室0771-5210001。机密★";
		assertThat(this.scanner.maskAll(text)).isEqualTo("张某，身份证号11*************02X，电话138****5678，卡号6222***********"
				+ card.substring(15) + "，邮箱z***@example.com，办公室0771-5210001。[密级标志]");
	}

	@Test
	void countsIndicesInUtf16CharsAfterEmojiAndRareCharacters() {
		String text = "😀👍𠀀𪚥 号码13812345678 😀";
		int start = text.indexOf("138");
		assertThat(start).isEqualTo(11);
		assertThat(this.scanner.scan(text))
			.containsExactly(new Finding(FindingType.MOBILE, start, start + 11, "138****5678"));
	}

	@Test
	void findsNothingInAnEmptyText() {
		assertThat(this.scanner.scan("")).isEmpty();
		assertThat(this.scanner.maskAll("")).isEmpty();
	}

	@Test
	void refusesANullText() {
		assertThatNullPointerException().isThrownBy(() -> this.scanner.scan(null));
	}

	@ParameterizedTest
	@MethodSource
	void scansHostileInputQuickly(String text) {
		assertTimeout(Duration.ofSeconds(5), () -> this.scanner.scan(text));
	}

	static Stream<Arguments> scansHostileInputQuickly() {
		int mb = 1 << 20;
		return Stream
			.of("7".repeat(mb), "1234 ".repeat(mb / 5), "1234-".repeat(mb / 5), "138 1234 ".repeat(mb / 9),
					"86 ".repeat(mb / 3), "+86-".repeat(mb / 4), "a".repeat(mb) + "@" + "b".repeat(mb), "@".repeat(mb),
					"a@".repeat(mb / 2), "a.".repeat(mb / 2) + "@" + "b.".repeat(mb / 2), "x@" + "a.".repeat(mb / 2),
					"密★".repeat(mb / 2), "秘密★".repeat(mb / 3), "13812345678 ".repeat(mb / 12),
					"文".repeat(mb) + "\n" + "１２３".repeat(mb / 3))
			.map((text) -> Arguments.of(text));
	}

	@Test
	void findsEachRepeatedMarkingInALongLine() {
		String text = "秘密★".repeat(100_000);
		List<Finding> findings = this.scanner.scan(text);
		assertThat(findings).hasSize(100_000);
		assertThat(findings.get(99_999)).isEqualTo(new Finding(FindingType.SECRECY_MARK, 299_997, 300_000, "[密级标志]"));
	}

}
