package org.gongkai.privacy.rules;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the scanner over generated numbers and text: what is valid is found where
 * it is, masking leaves nothing behind, and any input gives ordered, disjoint findings.
 */
class PrivacyScannerPropertyTests {

	private final PrivacyScanner scanner = new PrivacyScanner(PrivacyScannerTests.CLOCK);

	@Provide
	Arbitrary<String> idNumbers() {
		Arbitrary<String> areas = Arbitraries.of("110105", "350102", "440305", "450103", "530702", "654001", "810000");
		Arbitrary<LocalDate> births = Arbitraries.integers()
			.between(0, (int) (LocalDate.of(2026, 12, 31).toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay()))
			.map((days) -> LocalDate.of(1900, 1, 1).plusDays(days));
		return Combinators.combine(areas, births, Arbitraries.integers().between(0, 999))
			.as(PersonalDataFixtures::idNumber);
	}

	@Provide
	Arbitrary<String> mobileNumbers() {
		return Combinators
			.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9),
					Arbitraries.of("", " ", "-"), Arbitraries.of("", "+86", "86", "+86 ", "86-"))
			.as((second, rest, separator, prefix) -> {
				// a country code runs into the number only when the number is written
				// whole
				String joined = prefix.endsWith("86") ? prefix + separator : prefix;
				return joined + "1" + second + rest.charAt(0) + separator + rest.substring(1, 5) + separator
						+ rest.substring(5);
			});
	}

	@Provide
	Arbitrary<String> cardNumbers() {
		return Arbitraries.integers()
			.between(15, 18)
			.flatMap((n) -> Arbitraries.strings().numeric().ofLength(n))
			.map((payload) -> PersonalDataFixtures.cardNumber("6" + payload.substring(1)))
			.filter((card) -> !looksLikeId(card));
	}

	/** Chinese prose with punctuation, spaces and characters outside the BMP. */
	@Provide
	Arbitrary<String> prose() {
		Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(8);
		Arbitrary<String> other = Arbitraries.of("，", "。", "：", "、", " ", "\n", "😀", "𠀀", "（", "）", "★", "年");
		return Arbitraries.oneOf(cjk, other).list().ofMaxSize(12).map((parts) -> String.join("", parts));
	}

	/** Short strings over the characters the scanner reacts to. */
	@Provide
	Arbitrary<String> tricky() {
		return Arbitraries.strings()
			.withChars("0123456789 -+@._Xxab秘机绝密★☆*年月长期启用前😀\n内部资料路村小区号组栋单元室１２Ｘ　－同志先生女士张王")
			.ofMaxLength(80);
	}

	@Property
	void findsAnyValidIdNumberInProseWhereItIs(@ForAll("idNumbers") String id, @ForAll("prose") String before,
			@ForAll("prose") String after) {
		String text = before + id + after;
		assertThat(this.scanner.scan(text)).containsExactly(new Finding(FindingType.ID_CARD, before.length(),
				before.length() + 18, id.substring(0, 2) + "*".repeat(13) + id.substring(15)));
	}

	/**
	 * Valid ID numbers as people type them: whole or grouped 6-8-4 by a space, an
	 * ideographic space or a (full-width) hyphen, in ASCII or full-width digits.
	 */
	@Provide
	Arbitrary<String> idNumbersAsTyped() {
		return Combinators
			.combine(idNumbers(), Arbitraries.of("", " ", "-", "\u3000", "－"), Arbitraries.of(false, true))
			.as((id, separator, wide) -> {
				String typed = id.substring(0, 6) + separator + id.substring(6, 14) + separator + id.substring(14);
				return wide ? PersonalDataFormsTests.toFullWidth(typed) : typed;
			});
	}

	@Property
	void findsAnyIdNumberAsTypedWhereItIsAndMasksItInItsOwnWidth(@ForAll("idNumbersAsTyped") String typed,
			@ForAll("prose") String before, @ForAll("prose") String after) {
		String text = before + typed + after;
		String chars = typed.replaceAll("[ \\-\u3000－]", "");
		char mask = (chars.charAt(0) > 0x7f) ? '＊' : '*';
		assertThat(this.scanner.scan(text))
			.containsExactly(new Finding(FindingType.ID_CARD, before.length(), before.length() + typed.length(),
					chars.substring(0, 2) + String.valueOf(mask).repeat(13) + chars.substring(15)));
	}

	@Property
	void findsAnyFullWidthMobileNumberWhereItIs(@ForAll("mobileNumbers") String number, @ForAll("prose") String before,
			@ForAll("prose") String after) {
		String wide = PersonalDataFormsTests.toFullWidth(number);
		List<Finding> findings = this.scanner.scan(before + wide + after);
		assertThat(findings).extracting(Finding::type).containsExactly(FindingType.MOBILE);
		assertThat(findings.get(0).start()).isEqualTo(before.length());
		assertThat(findings.get(0).end()).isEqualTo(before.length() + wide.length());
		assertThat(findings.get(0).masked()).hasSize(11).contains("＊＊＊＊").doesNotContain("*");
	}

	@Property
	void findsAnyMobileNumberInProse(@ForAll("mobileNumbers") String number, @ForAll("prose") String before,
			@ForAll("prose") String after) {
		String text = before + number + after;
		List<Finding> findings = this.scanner.scan(text);
		assertThat(findings).extracting(Finding::type).containsExactly(FindingType.MOBILE);
		assertThat(findings.get(0).start()).isEqualTo(before.length());
		assertThat(findings.get(0).end()).isEqualTo(before.length() + number.length());
	}

	@Property
	void findsAnyLuhnValidCardInProse(@ForAll("cardNumbers") String card, @ForAll("prose") String before) {
		assertThat(this.scanner.scan(before + card + "。"))
			.containsExactly(new Finding(FindingType.BANK_CARD, before.length(), before.length() + card.length(),
					card.substring(0, 4) + "*".repeat(card.length() - 8) + card.substring(card.length() - 4)));
	}

	@Property
	void maskingLeavesNoNumberBehindAndNothingToFindAgain(@ForAll("idNumbers") String id,
			@ForAll("mobileNumbers") String mobile, @ForAll("cardNumbers") String card, @ForAll("prose") String gap) {
		String text = "身份证" + id + gap + "电话" + mobile + gap + "卡号" + card + gap;
		String masked = this.scanner.maskAll(text);
		String national = mobile.replaceAll("[^0-9]", "");
		assertThat(masked).doesNotContain(id, card, mobile, national.substring(national.length() - 11));
		assertThat(this.scanner.scan(masked)).isEmpty();
	}

	@Property
	void findingsOfAnyTextAreOrderedDisjointAndInside(@ForAll("tricky") String text) {
		String masked = this.scanner.maskAll(text);
		List<Finding> findings = this.scanner.scan(text);
		int previousEnd = 0;
		for (Finding finding : findings) {
			assertThat(finding.start()).isGreaterThanOrEqualTo(previousEnd);
			assertThat(finding.end()).isLessThanOrEqualTo(text.length());
			previousEnd = finding.end();
		}
		assertThat(masked.length() - text.length()).isEqualTo(findings.stream()
			.mapToInt((finding) -> finding.masked().length() - (finding.end() - finding.start()))
			.sum());
	}

	@Property
	void findingsWithNamesOfAnyTextAreOrderedDisjointAndInsideAndKeepEveryOtherFinding(@ForAll("tricky") String text) {
		List<Finding> plain = this.scanner.scan(text);
		List<Finding> findings = this.scanner.scan(text, List.of("张王"));
		int previousEnd = 0;
		for (Finding finding : findings) {
			assertThat(finding.start()).isGreaterThanOrEqualTo(previousEnd);
			assertThat(finding.end()).isLessThanOrEqualTo(text.length());
			previousEnd = finding.end();
		}
		assertThat(findings).containsAll(plain);
		assertThat(findings).filteredOn((f) -> !plain.contains(f)).allMatch((f) -> f.type() == FindingType.NAME);
	}

	private static boolean looksLikeId(String card) {
		return card.length() == 18 && PersonalDataFixtures.idCheck(card.substring(0, 17)) == card.charAt(17);
	}

}
