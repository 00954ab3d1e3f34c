package org.gongkai.mailbox;

import java.util.List;

import org.gongkai.mailbox.letter.LetterTimings;

import org.springframework.stereotype.Service;

/**
 * The letters of an agency with their deadlines, for the website inspection (letters
 * unanswered past their due date, or for more than three months).
 */
@Service
public class LetterTimeliness {

	private final LetterTimings timings;

	LetterTimeliness(LetterTimings timings) {
		this.timings = timings;
	}

	/**
	 * Every letter held by the agency, oldest first: a system reading (callers check who
	 * may see the result).
	 */
	public List<LetterTiming> ofAgency(long agencyId) {
		return this.timings.ofAgency(agencyId);
	}

}
