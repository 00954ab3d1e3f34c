package org.gongkai.request;

import java.time.LocalDate;

import org.gongkai.request.rules.Outcome;

/**
 * A line of the public list of answered requests: no tracking number, no applicant.
 *
 * @param subject what was asked, shortened, with the applicant's name blanked (the portal
 * masks other personal data with the privacy scanner before showing it)
 * @param outcome the type of the answer
 * @param answeredOn the day the answer was given
 */
public record AnsweredRequest(String subject, Outcome outcome, LocalDate answeredOn) {

}
