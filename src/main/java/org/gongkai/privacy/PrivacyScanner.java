package org.gongkai.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongkai.privacy.rules.Masking;
import org.gongkai.privacy.rules.TextScan;

import org.springframework.stereotype.Service;

/**
 * Finds personal data and secrecy markings in a text before it is published
 * (docs/legal-rules.md, Personal data; Personal Information Protection Law art. 25, 34),
 * and masks them. Plain Java, usable without Spring; stateless and thread-safe.
 *
 * <p>
 * It finds:
 * <ul>
 * <li>resident ID numbers: 18 characters with the GB 11643 check character and a real
 * birth date from 1900 to this year, or 15 legacy digits with a real birth date in the
 * 1900s;</li>
 * <li>mainland mobile numbers {@code 1[3-9]} and 9 digits, optionally after {@code +86}
 * or {@code 86}, whole or grouped 3-4-4 by spaces or hyphens;</li>
 * <li>bank card numbers: 16 to 19 digits passing the Luhn check, whole or in groups of 4
 * (an 18-digit ID number is never reported as a card);</li>
 * <li>e-mail addresses, except on government domains ({@code .gov.cn});</li>
 * <li>secrecy markings: 秘密, 机密 or 绝密 followed by a star (★, ☆, *, ＊) and an optional term
 * ({@code 5年}, {@code 6个月}, {@code 长期}, {@code 启用前}).</li>
 * </ul>
 * Digits count only as a whole run of ASCII letters and digits: nothing is found inside a
 * credit code, an index number or a longer number, nor in document numbers, landlines,
 * amounts or dates. The scan is a single linear pass without regular expressions; the
 * rules themselves are in {@code org.gongkai.privacy.rules} ({@link TextScan} and the
 * classes it uses).
 */
@Service
public class PrivacyScanner {

	private final Clock clock;

	/**
	 * @param clock tells the current year, the latest birth year an ID number may carry
	 */
	public PrivacyScanner(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Everything found in {@code text}.
	 * @param text the text, not null
	 * @return the findings sorted by start, not overlapping; indices are those of
	 * {@link String} (UTF-16 chars)
	 */
	public List<Finding> scan(String text) {
		Objects.requireNonNull(text, "text");
		return List.copyOf(new TextScan(text, LocalDate.now(this.clock).getYear()).findings());
	}

	/**
	 * {@code text} with every finding of {@link #scan} replaced by its masked form; the
	 * rest unchanged.
	 * @param text the text, not null
	 */
	public String maskAll(String text) {
		return Masking.apply(text, scan(text));
	}

}
