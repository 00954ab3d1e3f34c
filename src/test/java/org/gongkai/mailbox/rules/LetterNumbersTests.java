package org.gongkai.mailbox.rules;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking numbers, and query codes that survive being read aloud and are stored hashed.
 */
class LetterNumbersTests {

	@Test
	void aTrackingNumberNamesYearAgencyAndAFiveDigitSerial() {
		assertThat(LetterNumbers.trackingNo(2026, 42, 17)).isEqualTo("XJ-2026-42-00017");
		assertThat(LetterNumbers.trackingNo(2027, 7, 123456)).isEqualTo("XJ-2027-7-123456");
	}

	@Test
	void aQueryCodeHasEightCharactersWithoutLookAlikes() {
		Random random = new Random(11);
		for (int i = 0; i < 200; i++) {
			assertThat(LetterNumbers.newCode(random)).hasSize(8).matches("[A-HJKMNP-Z2-9]{8}");
		}
	}

	@Test
	void everyCharacterOfTheAlphabetCanBeDrawn() {
		// a generator that walks the alphabet from its first to its last character
		int[] next = { 0 };
		java.util.random.RandomGenerator walking = new java.util.random.RandomGenerator() {

			@Override
			public long nextLong() {
				return 0;
			}

			@Override
			public int nextInt(int bound) {
				assertThat(bound).isEqualTo(31);
				return next[0]++ % bound;
			}

		};
		StringBuilder drawn = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			drawn.append(LetterNumbers.newCode(walking));
		}
		assertThat(drawn.toString()).startsWith("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
	}

	@Test
	void theStoredHashIsTheSha256OfNumberAndCodeAndMatchesOnlyThatPair() {
		String hash = LetterNumbers.hash("XJ-2026-42-00017", "ABCD2345");
		assertThat(hash).isEqualTo(org.gongkai.platform.Sha256.hex("XJ-2026-42-00017:ABCD2345")).hasSize(64);
		assertThat(LetterNumbers.matches("XJ-2026-42-00017", "ABCD2345", hash)).isTrue();
		assertThat(LetterNumbers.matches("XJ-2026-42-00017", "ABCD2346", hash)).isFalse();
		assertThat(LetterNumbers.matches("XJ-2026-42-00018", "ABCD2345", hash)).isFalse();
	}

}
