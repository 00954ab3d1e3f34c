package org.gongkai.publication;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.agency.CreditCode;
import org.gongkai.platform.RuleViolationException;

/**
 * An index number (索引号): {@code {unified social credit code}/{year}-{5-digit serial}},
 * e.g. {@code 11441700007280420Y/2021-00050}. Issued once per item and never changed;
 * serials run per agency and year without gaps (docs/legal-rules.md, Proactive
 * disclosure).
 *
 * @param creditCode the issuing agency's credit code
 * @param year the year of issue
 * @param serial 1 to 99999
 */
public record IndexNumber(String creditCode, int year, int serial) {

	/** The largest serial five digits hold. */
	public static final int MAX_SERIAL = 99_999;

	private static final Pattern FORMAT = Pattern.compile("^([0-9A-Z]{18})/(\\d{4})-(\\d{5})$");

	public IndexNumber {
		if (!CreditCode.isValid(creditCode)) {
			throw new RuleViolationException("publication.index-number.invalid", "Bad credit code in index number");
		}
		if (year < 2000 || year > 2199 || serial < 1 || serial > MAX_SERIAL) {
			throw new RuleViolationException("publication.index-number.invalid", "Year or serial out of range");
		}
	}

	/**
	 * Reads an index number as printed.
	 * @throws RuleViolationException if it is not one
	 */
	public static IndexNumber parse(String text) {
		Matcher matcher = (text != null) ? FORMAT.matcher(text.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			throw new RuleViolationException("publication.index-number.invalid", "Not an index number");
		}
		return new IndexNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)));
	}

	@Override
	public String toString() {
		return String.format("%s/%04d-%05d", this.creditCode, this.year, this.serial);
	}

}
