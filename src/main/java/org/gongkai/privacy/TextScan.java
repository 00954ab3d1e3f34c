package org.gongkai.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass over one text, written by hand rather than with regular
 * expressions: it stops only at ASCII digits and letters, {@code @} and star characters,
 * and looks at every char a bounded number of times, so a scan takes time linear in the
 * length of the text whatever it holds. Not thread-safe; one instance per scan.
 *
 * <p>
 * Boundaries: digit forms count only as a whole run of ASCII letters and digits (so
 * nothing is found inside a credit code, a hash or a longer number); grouped forms
 * ({@code 138 1234 5678}, {@code 6222-0202-0012-3456}) count only when the same separator
 * does not join them to further digits on either side. Where two matches overlap (a
 * mobile number as the local part of an e-mail address) the one starting first wins, and
 * of two starting together the longer.
 */
final class TextScan {

	static final String SECRECY_MASK = "[密级标志]";

	private static final int MAX_LOCAL_PART = 64;

	private static final int MAX_DOMAIN = 253;

	private static final int MAX_LABEL = 63;

	/** The most digit groups a grouped number has: a 19-digit card as 4-4-4-4-3. */
	private static final int MAX_GROUPS = 5;

	private final String text;

	private final int length;

	private final int latestBirthYear;

	private final List<Finding> findings = new ArrayList<>();

	/** Where each digit group of the grouped number being read ends. */
	private final int[] groupEnds = new int[MAX_GROUPS];

	/**
	 * @param text the text to scan
	 * @param latestBirthYear the latest year of birth an ID number may carry (this year)
	 */
	TextScan(String text, int latestBirthYear) {
		this.text = text;
		this.length = text.length();
		this.latestBirthYear = latestBirthYear;
	}

	/** Runs the pass; the findings are sorted by start and do not overlap. */
	List<Finding> findings() {
		int i = 0;
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
				else {
					i++;
				}
			}
			else if (c == '★' || c == '☆' || c == '＊') {
				i = secrecyMark(i);
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
				add(FindingType.ID_CARD, r, e, maskIdNumber(r, e));
			}
			return e;
		}
		if (contiguous(r, e)) {
			return e;
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
			add(FindingType.MOBILE, r, e, maskMobile(r, e));
			return true;
		}
		if (digits == 13 && isCountryCode(r) && isMobile(r + 2)) {
			add(FindingType.MOBILE, withPlus(r), e, maskMobile(r + 2, e));
			return true;
		}
		if (digits == 15 && ResidentIdNumber.isValid15(this.text, r)) {
			add(FindingType.ID_CARD, r, e, maskIdNumber(r, e));
			return true;
		}
		if (digits == 18 && ResidentIdNumber.isValid18(this.text, r, this.latestBirthYear)) {
			// an ID number that happens to pass the Luhn check is still an ID number
			add(FindingType.ID_CARD, r, e, maskIdNumber(r, e));
			return true;
		}
		if (digits >= 16 && digits <= 19 && BankCardNumber.passesLuhn(this.text, r, e)) {
			add(FindingType.BANK_CARD, r, e, maskBankCard(r, e));
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
			add(FindingType.MOBILE, r, this.groupEnds[2], maskMobile(r, this.groupEnds[2]));
			return this.groupEnds[2];
		}
		if (e - r == 4 && groups >= 4 && groupLength(1) == 4 && groupLength(2) == 4 && groupLength(3) == 4
				&& (groups == 4 || groupLength(4) < 4)) {
			int end = this.groupEnds[groups - 1];
			if (BankCardNumber.passesLuhn(this.text, r, end)) {
				add(FindingType.BANK_CARD, r, end, maskBankCard(r, end));
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
			add(FindingType.MOBILE, start, end, maskMobile(p, end));
			return end;
		}
		if (end - p == 3 && isMobile(p) && end + 1 < this.length && isSeparator(this.text.charAt(end))
				&& groups(end, this.text.charAt(end)) == 3 && groupLength(1) == 4 && groupLength(2) == 4) {
			add(FindingType.MOBILE, start, this.groupEnds[2], maskMobile(p, this.groupEnds[2]));
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
	 * government domain ({@code .gov.cn}, an office's contact, published on purpose).
	 * @return where scanning goes on
	 */
	private int email(int at) {
		int start = at;
		while (start > 0 && at - start <= MAX_LOCAL_PART && isLocalPartChar(this.text.charAt(start - 1))) {
			start--;
		}
		if (at - start > MAX_LOCAL_PART) {
			return at + 1;
		}
		while (start < at && !isLetterOrDigit(this.text.charAt(start))) {
			start++;
		}
		if (start == at) {
			return at + 1;
		}
		int end = at + 1;
		while (end < this.length && isDomainChar(this.text.charAt(end))) {
			if (end - at > MAX_DOMAIN) {
				return at + 1;
			}
			end++;
		}
		// a full stop or hyphen after the address belongs to the sentence
		while (end > at + 1 && (this.text.charAt(end - 1) == '.' || this.text.charAt(end - 1) == '-')) {
			end--;
		}
		if (!isDomain(at + 1, end)) {
			return at + 1;
		}
		if (isGovernmentDomain(at + 1, end)) {
			return end;
		}
		add(FindingType.EMAIL, start, end, this.text.charAt(start) + "***@" + this.text.substring(at + 1, end));
		return end;
	}

	/**
	 * Labels of letters, digits and inner hyphens joined by dots, ending in a TLD of
	 * letters.
	 */
	private boolean isDomain(int from, int to) {
		int labels = 0;
		int labelStart = from;
		for (int i = from; i <= to; i++) {
			if (i < to && this.text.charAt(i) != '.') {
				continue;
			}
			int labelLength = i - labelStart;
			if (labelLength == 0 || labelLength > MAX_LABEL || this.text.charAt(labelStart) == '-'
					|| this.text.charAt(i - 1) == '-') {
				return false;
			}
			labels++;
			labelStart = i + 1;
		}
		if (labels < 2) {
			return false;
		}
		int tld = to;
		while (tld > from && isLetter(this.text.charAt(tld - 1))) {
			tld--;
		}
		return to - tld >= 2 && this.text.charAt(tld - 1) == '.';
	}

	private boolean isGovernmentDomain(int from, int to) {
		return (to - from == 6 && this.text.regionMatches(true, from, "gov.cn", 0, 6))
				|| (to - from > 7 && this.text.regionMatches(true, to - 7, ".gov.cn", 0, 7));
	}

	/**
	 * At {@code star}, a star: records a secrecy marking (GB/T 9704 密级和保密期限: {@code 秘密★},
	 * {@code 机密★10年}, {@code 绝密★启用前}) ending with it. The words alone (国家秘密, 商业秘密) are
	 * ordinary prose.
	 * @return where scanning goes on
	 */
	private int secrecyMark(int star) {
		if (star < 2 || this.text.charAt(star - 1) != '密' || !isSecrecyLevel(this.text.charAt(star - 2))) {
			return star + 1;
		}
		int end = afterTerm(star + 1);
		add(FindingType.SECRECY_MARK, star - 2, end, SECRECY_MASK);
		return end;
	}

	/**
	 * After the star of a marking: the end of its term ({@code 5年}, {@code 6个月},
	 * {@code 长期}).
	 */
	private int afterTerm(int from) {
		int p = from;
		while (p < this.length && p - from < 3 && isAnyDigit(this.text.charAt(p))) {
			p++;
		}
		if (p > from) {
			if (this.text.startsWith("年", p)) {
				return p + 1;
			}
			return this.text.startsWith("个月", p) ? p + 2 : from;
		}
		if (this.text.startsWith("长期", from)) {
			return from + 2;
		}
		return this.text.startsWith("启用前", from) ? from + 3 : from;
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

	/**
	 * Mobile numbers: {@code 138****5678}, first 3 and last 4 digits, separators dropped.
	 */
	private String maskMobile(int from, int to) {
		String digits = digitsIn(from, to);
		return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
	}

	/** ID numbers: the first 2 and last 3 characters, {@code 35*************123}. */
	private String maskIdNumber(int from, int to) {
		return this.text.substring(from, from + 2) + "*".repeat(to - from - 5) + this.text.substring(to - 3, to);
	}

	/** Bank cards: the first 4 and last 4 digits, separators dropped. */
	private String maskBankCard(int from, int to) {
		String digits = digitsIn(from, to);
		return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
	}

	private String digitsIn(int from, int to) {
		StringBuilder digits = new StringBuilder(to - from);
		for (int i = from; i < to; i++) {
			char c = this.text.charAt(i);
			if (isDigit(c)) {
				digits.append(c);
			}
		}
		return digits.toString();
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

	private static boolean isSecrecyLevel(char c) {
		return c == '秘' || c == '机' || c == '绝';
	}

	private static boolean isSeparator(char c) {
		return c == ' ' || c == '-';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isAnyDigit(char c) {
		return isDigit(c) || (c >= '０' && c <= '９');
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isLetterOrDigit(char c) {
		return isDigit(c) || isLetter(c);
	}

	private static boolean isLocalPartChar(char c) {
		return isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomainChar(char c) {
		return isLetterOrDigit(c) || c == '.' || c == '-';
	}

}
