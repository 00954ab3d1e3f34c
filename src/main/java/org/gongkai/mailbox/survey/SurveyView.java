package org.gongkai.mailbox.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * A survey with its results.
 *
 * @param open whether votes are taken today
 * @param total all votes cast
 */
public record SurveyView(long id, long agencyId, String agencyName, String title, String question, LocalDate opensOn,
		LocalDate closesOn, boolean open, List<Result> results, long total) {

	public SurveyView {
		results = List.copyOf(results);
	}

	/**
	 * One answer's result.
	 *
	 * @param percent its share of all votes, in whole percent
	 */
	public record Result(long id, String label, long votes, int percent) {

	}

}
