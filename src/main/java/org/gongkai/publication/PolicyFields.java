package org.gongkai.publication;

import java.time.LocalDate;

/**
 * What a clerk writes besides the draft: the policy an interpretation interprets and the
 * issue and repeal dates of regulations and normative documents.
 *
 * @param interprets for an interpretation (政策解读): the index number or id of the policy
 * document it interprets, an item of the same agency (published or in progress);
 * {@code null} or blank otherwise
 * @param issuedOn the day a regulation or normative document was issued (公布/印发日期), not
 * before its made date and not after today, or {@code null}
 * @param repealedOn the day it was repealed (废止日期), only with validity 废止, not before it
 * was made or issued and not after today, or {@code null}
 */
public record PolicyFields(String interprets, LocalDate issuedOn, LocalDate repealedOn) {

	/** No link, no dates. */
	public static final PolicyFields NONE = new PolicyFields(null, null, null);

}
