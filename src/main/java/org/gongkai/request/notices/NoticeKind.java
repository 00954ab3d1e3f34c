package org.gongkai.request.notices;

/**
 * The moments the applicant hears from the office: receipt confirmed (art. 31), the
 * correction notice (art. 30), a consultation that pauses the clock (arts. 32, 34), an
 * extension (art. 33), a fee notice (art. 42), the decision (arts. 36–39) and its release
 * with the information (art. 40).
 */
public enum NoticeKind {

	RECEIVED, CORRECTION, CONSULTATION, EXTENSION, FEE, DECISION, RELEASE

}
