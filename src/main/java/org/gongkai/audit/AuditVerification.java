package org.gongkai.audit;

/**
 * The result of checking the chain from its first entry to its head.
 *
 * @param intact whether every link holds
 * @param checked how many entries were checked
 * @param firstBrokenSeq the sequence number of the first broken link, or {@code null}
 * when intact
 * @param problem what is wrong there, in English (the page shows a Chinese explanation),
 * or {@code null}
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenSeq, String problem) {

	static AuditVerification ok(long checked) {
		return new AuditVerification(true, checked, null, null);
	}

	static AuditVerification broken(long checked, long seq, String problem) {
		return new AuditVerification(false, checked, seq, problem);
	}

}
