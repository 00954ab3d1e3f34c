package org.gongkai.privacy.rules;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;

/**
 * One left-to-right pass over one text, written by hand rather than with regular
 * expressions: it stops only at ASCII digits and letters, {@code @} and star characters,
 * line starts and the last chars of place names (路, 村, 小区…), and looks at every char a
 * bounded number of times, so a scan takes time linear in the length of the text whatever
 * it holds. Not thread-safe; one instance per scan.
 *
 * <p>
 * The text is read {@linkplain FullWidth folded}: full-width digits, letters and hyphens
 * as ASCII, the ideographic space as a space, char for char, so offsets are those of the
 * original text; the masked forms are taken from the original, keeping its width.
 *
 * <p>
 * Boundaries: digit forms count only as a whole run of ASCII letters and digits (so
 * nothing is found inside a credit code, a hash or a longer number); grouped forms
 * ({@code 138 1234 5678}, {@code 6222-0202-0012-3456}, {@code 110101 19900307 651X})
 * count only when the same separator does not join them to further digits on either side.
 * Where two matches overlap (a mobile number as the local part of an e-mail address) the
 * one starting first wins, and of two starting together the longer.
 */
public final class TextScan {

	/** The most digit groups a grouped number has: a 19-digit card as 4-4-4-4-3. */
	private static final int MAX_GROUPS = 5;

	/** The text {@linkplain FullWidth folded}; what the rules read. */
	private final String text;

	/** The text as given; what the masked forms keep. */
	private final String original;

	private final int length;

	private final int latestBirthYear;

	private final List<Finding> findings = new ArrayList<>();

	/** Where each digit group of the grouped number being read ends. */
	private final int[] groupEnds = new int[MAX_GROUPS];

	/**
	 * @param text the text to scan
	 * @param latestBirthYear the latest year of birth an ID number may carry (this year)
	 */
	public TextScan(String text, int latestBirthYear) {
		this.original = text;
		this.text = FullWidth.fold(text);
		this.length = text.length();
		this.latestBirthYear = latestBirthYear;
	}

	/** Runs the pass; the findings are sorted by start and do not overlap. */
	public List<Finding> findings() {
		int i = lineStart(0);
		while (i < this.length) {
			char c = this.text.charAt(i);
			if (c >= '0' && c <= '9') {
				i = digitRun(i);
			}
			else if (c < 0x80) {
				if (isLetter(c)) {
					i = runEnd(i);
				}
				else if (c == '@') {
					i = email(i);
				}
				else if (c == '*') {
					i = secrecyMark(i);
				}
				else if (c == '\n' || c == '\r') {
					i = lineStart(i + 1);
				}
				else {
					i++;
				}
			}
			else if (c == '★' || c == '☆') {
				i = secrecyMark(i);
			}
			else if (HomeAddress.mayEndPlace(c)) {
				i = address(i);
			}
			else {
				i++;
			}
		}
		return this.findings;
	}

	/**
	 * At {@code r}, the first digit of a run of ASCII letters and digits (the char before
	 * is neither): records what the run, or the grouped number it starts, is.
	 * @return where scanning goes on
	 */
	private int digitRun(int r) {
		int d = r;
		while (d < this.length && isDigit(this.text.charAt(d))) {
			d++;
		}
		int e = d;
		while (e < this.length && isLetterOrDigit(this.text.charAt(e))) {
			e++;
		}
		if (d < e) {
			// letters in the run: only an ID number ending in X counts
			if (e - r == 18 && d == e - 1 && (this.text.charAt(d) == 'X' || this.text.charAt(d) == 'x')
					&& ResidentIdNumber.isValid18(this.text, r, this.latestBirthYear)) {
				add(FindingType.ID_CARD, r, e, Masking.idNumber(this.original, r, e));
			}
			return e;
		}
		if (contiguous(r, e)) {
			return e;
		}
		if (e - r == 6 && e + 1 < this.length && isSeparator(this.text.charAt(e)) && isDigit(this.text.charAt(e + 1))) {
			int end = ResidentIdNumber.groupedEnd(this.text, r, e, this.latestBirthYear);
			if (end >= 0) {
				add(FindingType.ID_CARD, r, end, Masking.idNumber(this.original, r, end));
				return end;
			}
		}
		if (e < this.length && (this.text.charAt(e) == '栋' || this.text.charAt(e) == '幢')) {
			int end = HomeAddress.end(this.text, HomeAddress.Place.BUILDING, r);
			if (end >= 0) {
				add(FindingType.ADDRESS, r, end, Masking.address(this.original, r, end));
				return end;
			}
		}
		if (e - r >= 2 && e - r <= 4 && e + 1 < this.length && isSeparator(this.text.charAt(e))
				&& isDigit(this.text.charAt(e + 1))) {
			int end = grouped(r, e);
			if (end > 0) {
				return end;
			}
		}
		return e;
	}

	/**
	 * Records the run of digits {@code [r, e)} if it is a number of interest by itself.
	 */
	private boolean contiguous(int r, int e) {
		int digits = e - r;
		if (digits == 11 && isMobile(r)) {
			add(FindingType.MOBILE, r, e, Masking.mobile(this.original, r, e));
			return true;
		}
		if (digits == 13 && isCountryCode(r) && isMobile(r + 2)) {
			add(FindingType.MOBILE, withPlus(r), e, Masking.mobile(this.original, r + 2, e));
			return true;
		}
		if (digits == 15 && ResidentIdNumber.isValid15(this.text, r)) {
			add(FindingType.ID_CARD, r, e, Masking.idNumber(this.original, r, e));
			return true;
		}
		if (digits == 18 && ResidentIdNumber.isValid18(this.text, r, this.latestBirthYear)) {
			// an ID number that happens to pass the Luhn check is still an ID number
			add(FindingType.ID_CARD, r, e, Masking.idNumber(this.original, r, e));
			return true;
		}
		if (digits >= 16 && digits <= 19 && BankCardNumber.passesLuhn(this.text, r, e)) {
			add(FindingType.BANK_CARD, r, e, Masking.bankCard(this.original, r, e));
			return true;
		}
		return false;
	}

	/**
	 * The digits {@code [r, e)} (2 to 4 of them) are followed by a separator and a digit:
	 * records {@code +86 138 1234 5678}, {@code 138-1234-5678} or
	 * {@code 6222 0202 0012 3456 780} starting at {@code r}.
	 * @return the end of what was recorded, or -1
	 */
	private int grouped(int r, int e) {
		char separator = this.text.charAt(e);
		if (e - r == 2) {
			return isCountryCode(r) ? afterCountryCode(withPlus(r), e + 1) : -1;
		}
		if (r >= 2 && this.text.charAt(r - 1) == separator && isDigit(this.text.charAt(r - 2))) {
			return -1;
		}
		int groups = groups(e, separator);
		if (e - r == 3 && groups == 3 && groupLength(1) == 4 && groupLength(2) == 4 && isMobile(r)) {
			add(FindingType.MOBILE, r, this.groupEnds[2], Masking.mobile(this.original, r, this.groupEnds[2]));
			return this.groupEnds[2];
		}
		if (e - r == 4 && groups >= 4 && groupLength(1) == 4 && groupLength(2) == 4 && groupLength(3) == 4
				&& (groups == 4 || groupLength(4) < 4)) {
			int end = this.groupEnds[groups - 1];
			if (BankCardNumber.passesLuhn(this.text, r, end)) {
				add(FindingType.BANK_CARD, r, end, Masking.bankCard(this.original, r, end));
				return end;
			}
		}
		return -1;
	}

	/**
	 * After {@code 86} and a separator, at the digit {@code p}: records a mobile number
	 * written whole or as 3-4-4 from {@code start}.
	 * @return the end of what was recorded, or -1
	 */
	private int afterCountryCode(int start, int p) {
		int end = p;
		while (end < this.length && isDigit(this.text.charAt(end))) {
			end++;
		}
		if (end < this.length && isLetter(this.text.charAt(end))) {
			return -1;
		}
		if (end - p == 11 && isMobile(p)) {
			add(FindingType.MOBILE, start, end, Masking.mobile(this.original, p, end));
			return end;
		}
		if (end - p == 3 && isMobile(p) && end + 1 < this.length && isSeparator(this.text.charAt(end))
				&& groups(end, this.text.charAt(end)) == 3 && groupLength(1) == 4 && groupLength(2) == 4) {
			add(FindingType.MOBILE, start, this.groupEnds[2], Masking.mobile(this.original, p, this.groupEnds[2]));
			return this.groupEnds[2];
		}
		return -1;
	}

	/**
	 * Reads the digit groups that follow a first group ending at {@code e}, each after
	 * one {@code separator}, into {@link #groupEnds}.
	 * @return how many groups there are, the first included; -1 if more than
	 * {@link #MAX_GROUPS} or a group runs into letters
	 */
	private int groups(int e, char separator) {
		this.groupEnds[0] = e;
		int count = 1;
		int p = e;
		while (p + 1 < this.length && this.text.charAt(p) == separator && isDigit(this.text.charAt(p + 1))) {
			if (count == MAX_GROUPS) {
				return -1;
			}
			int end = p + 1;
			while (end < this.length && isDigit(this.text.charAt(end))) {
				end++;
			}
			if (end < this.length && isLetter(this.text.charAt(end))) {
				return -1;
			}
			this.groupEnds[count++] = end;
			p = end;
		}
		return count;
	}

	/** The number of digits in group {@code g} (1 or later) read by {@link #groups}. */
	private int groupLength(int g) {
		return this.groupEnds[g] - this.groupEnds[g - 1] - 1;
	}

	/**
	 * At {@code at}, an {@code @}: records the address around it unless it is on a
	 * government domain ({@link EmailAddress}).
	 * @return where scanning goes on
	 */
	private int email(int at) {
		int start = EmailAddress.localPartStart(this.text, at);
		int end = (start < 0) ? -1 : EmailAddress.domainEnd(this.text, at);
		if (end < 0) {
			return at + 1;
		}
		if (!EmailAddress.isGovernmentDomain(this.text, at + 1, end)) {
			add(FindingType.EMAIL, start, end, Masking.email(this.original, start, at, end));
		}
		return end;
	}

	/**
	 * At {@code star}, a star: records a secrecy marking ending with it
	 * ({@link SecrecyMarking}).
	 * @return where scanning goes on
	 */
	private int secrecyMark(int star) {
		if (!SecrecyMarking.followsLevel(this.text, star)) {
			return star + 1;
		}
		int end = SecrecyMarking.termEnd(this.text, star + 1);
		add(FindingType.SECRECY_MARK, star - 2, end, Masking.SECRECY_MARK);
		return end;
	}

	/**
	 * At {@code place}, the last char of what may be a place name: records the house
	 * number after it ({@link HomeAddress}).
	 * @return where scanning goes on
	 */
	private int address(int place) {
		HomeAddress.Place kind = HomeAddress.placeEndingAt(this.text, place);
		int end = (kind != null) ? HomeAddress.end(this.text, kind, place + 1) : -1;
		if (end == -1) {
			return place + 1;
		}
		add(FindingType.ADDRESS, place + 1, end, Masking.address(this.original, place + 1, end));
		return end;
	}

	/**
	 * At {@code from}, the start of a line: records a bare secrecy word standing there
	 * after blanks ({@link SecrecyMarking#bareWordEnd}).
	 * @return where scanning goes on
	 */
	private int lineStart(int from) {
		int word = from;
		while (word < this.length && (this.text.charAt(word) == ' ' || this.text.charAt(word) == '\t')) {
			word++;
		}
		int end = SecrecyMarking.bareWordEnd(this.text, word);
		if (end == -1) {
			return from;
		}
		add(FindingType.SECRECY_MARK, word, end, Masking.SECRECY_MARK);
		return end;
	}

	/**
	 * Adds a finding, keeping the list sorted and free of overlaps: of two overlapping
	 * matches the one starting first wins, and of two starting together the longer.
	 */
	private void add(FindingType type, int start, int end, String masked) {
		while (!this.findings.isEmpty()) {
			Finding last = this.findings.get(this.findings.size() - 1);
			if (last.end() <= start) {
				break;
			}
			if (last.start() < start || (last.start() == start && last.end() >= end)) {
				return;
			}
			this.findings.remove(this.findings.size() - 1);
		}
		this.findings.add(new Finding(type, start, end, masked));
	}

	private int runEnd(int from) {
		int end = from;
		while (end < this.length && isLetterOrDigit(this.text.charAt(end))) {
			end++;
		}
		return end;
	}

	/** Mainland mobile numbers: 1, then 3–9 (MIIT numbering plan). */
	private boolean isMobile(int from) {
		char second = this.text.charAt(from + 1);
		return this.text.charAt(from) == '1' && second >= '3' && second <= '9';
	}

	private boolean isCountryCode(int from) {
		return this.text.charAt(from) == '8' && this.text.charAt(from + 1) == '6';
	}

	private int withPlus(int countryCode) {
		return (countryCode > 0 && this.text.charAt(countryCode - 1) == '+') ? countryCode - 1 : countryCode;
	}

	private static boolean isSeparator(char c) {
		return c == ' ' || c == '-';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	static boolean isLetterOrDigit(char c) {
		return isDigit(c) || isLetter(c);
	}

}
