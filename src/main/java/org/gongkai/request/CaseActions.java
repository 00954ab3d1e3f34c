package org.gongkai.request;

/**
 * What the signed-in user may do on a case now; the case page shows a form for each.
 *
 * @param requestCorrection a clerk may send the one correction notice (art. 30)
 * @param receiveCorrection a clerk may record the corrected application
 * @param startConsultation a clerk may record a consultation letter (arts. 32, 34)
 * @param answerConsultation a clerk may record the answer to the open consultation
 * @param extend a leader may extend the deadline at once (art. 33)
 * @param decide a clerk may record the answer
 * @param approve a leader may approve the recorded answer
 * @param proposeExtension a clerk may ask the head of the office to extend (art. 33)
 * @param decideExtension a leader may approve or send back the clerk's pending extension
 * request
 */
public record CaseActions(boolean requestCorrection, boolean receiveCorrection, boolean startConsultation,
		boolean answerConsultation, boolean extend, boolean decide, boolean approve, boolean proposeExtension,
		boolean decideExtension) {

	public static final CaseActions NONE = new CaseActions(false, false, false, false, false, false, false, false,
			false);

}
