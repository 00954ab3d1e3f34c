package org.gongkai.privacy.rules;

import java.util.List;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner's rules one by one, at their limits: e-mail address lengths (RFC 5321),
 * domains and government domains, secrecy-marking terms, birth dates of ID numbers and
 * the Luhn check.
 */
class ScanningRulesTests {

	private static List<Finding> scan(String text) {
		return new TextScan(text, 2026).findings();
	}

	private static List<FindingType> types(String text) {
		return scan(text).stream().map(Finding::type).toList();
	}

	@Test
	void aLocalPartHasAtMost64Chars() {
		String at64 = "a".repeat(64) + "@example.com";
		assertThat(scan(at64)).containsExactly(new Finding(FindingType.EMAIL, 0, at64.length(), "a***@example.com"));
		assertThat(EmailAddress.localPartStart(at64, 64)).isZero();
		assertThat(scan("a".repeat(65) + "@example.com")).isEmpty();
		assertThat(EmailAddress.localPartStart("a".repeat(65) + "@example.com", 65)).isEqualTo(-1);
		assertThat(EmailAddress.localPartStart("x ._b@example.com", 5)).isEqualTo(4);
		assertThat(EmailAddress.localPartStart("x ._@example.com", 4)).isEqualTo(-1);
	}

	@Test
	void aDomainHasAtMost253CharsAndLabelsAtMost63() {
		String domain253 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
		assertThat(domain253).hasSize(253);
		assertThat(EmailAddress.domainEnd("z@" + domain253, 1)).isEqualTo(255);
		assertThat(EmailAddress.domainEnd("z@" + domain253 + "d", 1)).isEqualTo(-1);
		assertThat(types("z@" + domain253)).containsExactly(FindingType.EMAIL);
		assertThat(types("z@" + domain253 + "d")).isEmpty();
		assertThat(types("z@" + "a".repeat(63) + ".com")).containsExactly(FindingType.EMAIL);
		assertThat(types("z@" + "a".repeat(64) + ".com")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "z@example..com", "z@-example.com", "z@example-.com", "z@localhost", "z@example.c",
			"z@example.c1", "z@.example.com", "z@example.1com" })
	void whatIsNotADomainIsNoAddress(String text) {
		assertThat(scan(text)).isEmpty();
	}

	@Test
	void aFullStopOrHyphenAfterTheAddressBelongsToTheSentence() {
		assertThat(scan("z@ex-ample.co-")).containsExactly(new Finding(FindingType.EMAIL, 0, 13, "z***@ex-ample.co"));
		assertThat(scan("z@example.co.")).containsExactly(new Finding(FindingType.EMAIL, 0, 12, "z***@example.co"));
		assertThat(EmailAddress.domainEnd("z@ab.cd.-", 1)).isEqualTo(7);
	}

	@Test
	void onlyGovernmentDomainsAreLeftAlone() {
		assertThat(scan("z@gov.cn")).isEmpty();
		assertThat(scan("z@GOV.CN")).isEmpty();
		assertThat(scan("z@a.gov.cn")).isEmpty();
		assertThat(types("z@agov.cn")).containsExactly(FindingType.EMAIL);
		assertThat(types("z@a.gov.cnn")).containsExactly(FindingType.EMAIL);
		assertThat(types("z@gov.com")).containsExactly(FindingType.EMAIL);
		assertThat(EmailAddress.isGovernmentDomain("gov.cn", 0, 6)).isTrue();
		assertThat(EmailAddress.isGovernmentDomain("xgov.cn", 0, 7)).isFalse();
		assertThat(EmailAddress.isGovernmentDomain("x.gov.cn", 0, 8)).isTrue();
		assertThat(EmailAddress.isGovernmentDomain("x.gov.cn.", 1, 9)).isFalse();
		assertThat(EmailAddress.isGovernmentDomain("zgov.cn", 1, 7)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "秘密★0年", "秘密★9年", "秘密★０年", "秘密★９年", "秘密★100年", "绝密★12个月", "机密★长期", "绝密★启用前" })
	void aMarkingTakesItsTerm(String mark) {
		assertThat(scan(mark + "后")).containsExactly(new Finding(FindingType.SECRECY_MARK, 0, mark.length(), "[密级标志]"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "秘密★/年", "秘密★:年", "秘密★1000年", "秘密★５", "秘密★长", "秘密★启用", "秘密★/", "秘密★\u0660年" })
	void aMarkingWithoutATermEndsAtItsStar(String text) {
		assertThat(scan(text)).containsExactly(new Finding(FindingType.SECRECY_MARK, 0, 3, "[密级标志]"));
	}

	@Test
	void onlyTheThreeLevelsMakeAMarking() {
		assertThat(scan("私密★ 保密★ 密★ ★")).isEmpty();
		assertThat(SecrecyMarking.followsLevel("绝密★", 2)).isTrue();
		assertThat(SecrecyMarking.followsLevel("密★", 1)).isFalse();
		assertThat(SecrecyMarking.termEnd("5年", 0)).isEqualTo(2);
		assertThat(SecrecyMarking.termEnd("123年", 0)).isEqualTo(4);
		assertThat(SecrecyMarking.termEnd("1234年", 0)).isZero();
		assertThat(SecrecyMarking.termEnd("12", 0)).isZero();
	}

	@Test
	void birthDatesFollowTheGregorianCalendar() {
		assertThat(ResidentIdNumber.isValid18(id("19000228"), 0, 2026)).isTrue();
		assertThat(ResidentIdNumber.isValid18(id("19000229"), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid18(id("20000229"), 0, 2026)).isTrue();
		assertThat(ResidentIdNumber.isValid18(id("20230229"), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid18(id("20240229"), 0, 2026)).isTrue();
		assertThat(ResidentIdNumber.isValid18(id("20240230"), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid18(id("19800430"), 0, 2026)).isTrue();
		assertThat(ResidentIdNumber.isValid18(id("19800431"), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid18(id("19801131"), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid18(id("19801231"), 0, 2026)).isTrue();
		assertThat(ResidentIdNumber.isValid18(id("19800100"), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid18(id("20260101"), 0, 2025)).isFalse();
		assertThat(ResidentIdNumber.isValid15("350102800229123", 0)).isTrue();
		assertThat(ResidentIdNumber.isValid15("350102810229123", 0)).isFalse();
		assertThat(ResidentIdNumber.isValid15("350102000229123", 0)).isFalse();
		assertThat(ResidentIdNumber.isValid15("350102040229123", 0)).isTrue();
	}

	@Test
	void anIdNumberIsDigitsWhereDigitsBelong() {
		String valid = id("19491231");
		assertThat(ResidentIdNumber.isValid18(valid.substring(0, 16) + "A" + valid.substring(17), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid18("/" + valid.substring(1), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid18(":" + valid.substring(1), 0, 2026)).isFalse();
		assertThat(ResidentIdNumber.isValid15("35010249123112A", 0)).isFalse();
		assertThat(ResidentIdNumber.isValid15("35010249123112:", 0)).isFalse();
		assertThat(ResidentIdNumber.isValid15("/50102491231123", 0)).isFalse();
		assertThat(ResidentIdNumber.isValid15("950102491231123", 0)).isFalse();
		assertThat(ResidentIdNumber.isValid15("050102491231123", 0)).isFalse();
	}

	@Test
	void theLuhnCheckDoublesEverySecondDigitFromTheRightAndSkipsSeparators() {
		assertThat(BankCardNumber.passesLuhn("49927398716", 0, 11)).isTrue();
		assertThat(BankCardNumber.passesLuhn("49927398717", 0, 11)).isFalse();
		assertThat(BankCardNumber.passesLuhn("5555555555554444", 0, 16)).isTrue();
		assertThat(BankCardNumber.passesLuhn("4992:7398/716", 0, 13)).isTrue();
		assertThat(BankCardNumber.passesLuhn("x49927398716x", 1, 12)).isTrue();
		assertThat(BankCardNumber.passesLuhn("18", 0, 2)).isTrue();
		assertThat(BankCardNumber.passesLuhn("91", 0, 2)).isTrue();
	}

	/** A valid ID number of area 110105 born on {@code birth} (yyyyMMdd). */
	private static String id(String birth) {
		String first17 = "110105" + birth + "002";
		return first17 + PersonalDataFixtures.idCheck(first17);
	}

}
