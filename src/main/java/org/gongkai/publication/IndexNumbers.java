package org.gongkai.publication;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.SerialNumbers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues index numbers: the next serial of the agency and year, inside the transaction
 * that publishes the item, so a failed publication gives its number back and the series
 * has no gaps.
 */
@Component
class IndexNumbers {

	static final String SERIES = "index-number";

	private final SerialNumbers serials;

	IndexNumbers(SerialNumbers serials) {
		this.serials = serials;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	IndexNumber issue(long agencyId, String creditCode, int year) {
		long serial = this.serials.next(SERIES, agencyId, year);
		if (serial > IndexNumber.MAX_SERIAL) {
			throw new RuleViolationException("publication.index-number.exhausted",
					"More than 99999 index numbers in one year");
		}
		return new IndexNumber(creditCode, year, (int) serial);
	}

}
