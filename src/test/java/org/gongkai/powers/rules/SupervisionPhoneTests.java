package org.gongkai.powers.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervision phone: numbers people can call, nothing else. */
class SupervisionPhoneTests {

	@Test
	void usualNumbersAreAccepted() {
		assertThat(SupervisionPhone.valid("0778-6210315")).isTrue();
		assertThat(SupervisionPhone.valid("(0778)6210315")).isTrue();
		assertThat(SupervisionPhone.valid("（0778）6210315")).isTrue();
		assertThat(SupervisionPhone.valid("12345")).isTrue();
		assertThat(SupervisionPhone.valid(" 0778-6210315、12345 ")).isTrue();
		assertThat(SupervisionPhone.valid("0778 6210315/6210316，12345；12315;12366,12388")).isTrue();
		assertThat(SupervisionPhone.valid("13800138000")).isTrue();
	}

	@Test
	void theFewestDigitsAndTheLongestTextAreEdges() {
		assertThat(SupervisionPhone.valid("1234")).isFalse();
		assertThat(SupervisionPhone.valid("12-34")).isFalse();
		assertThat(SupervisionPhone.valid("12-345")).isTrue();
		assertThat(SupervisionPhone.valid("10-100")).isTrue();
		assertThat(SupervisionPhone.valid("99-999")).isTrue();
		String longest = "1".repeat(SupervisionPhone.MAX_LENGTH);
		assertThat(SupervisionPhone.valid(longest)).isTrue();
		assertThat(SupervisionPhone.valid(longest + "1")).isFalse();
		assertThat(SupervisionPhone.valid("  " + longest + "  ")).isTrue();
	}

	@Test
	void lettersScriptsAndOtherStartsAreRefused() {
		assertThat(SupervisionPhone.valid(null)).isFalse();
		assertThat(SupervisionPhone.valid("")).isFalse();
		assertThat(SupervisionPhone.valid("   ")).isFalse();
		assertThat(SupervisionPhone.valid("电话12345")).isFalse();
		assertThat(SupervisionPhone.valid("-12345")).isFalse();
		assertThat(SupervisionPhone.valid("、12345")).isFalse();
		assertThat(SupervisionPhone.valid("12345<script>")).isFalse();
		assertThat(SupervisionPhone.valid("12345x")).isFalse();
		assertThat(SupervisionPhone.valid("１２３４５")).isFalse();
		assertThat(SupervisionPhone.valid("0778-621031５")).isFalse();
		assertThat(SupervisionPhone.valid("9")).isFalse();
		assertThat(SupervisionPhone.valid("0")).isFalse();
	}

}
