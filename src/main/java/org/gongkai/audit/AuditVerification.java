package org.gongkai.audit;

/**
 * The result of checking the chain from its first entry to its head.
 *
 * @param intact whether every link holds
 * @param checked how many entries were checked
 * @param firstBrokenSeq the sequence number of the first broken link, or {@code null}
 * when intact
 * @param kind what kind of break it is (the page explains each in Chinese), or
 * {@code null} when intact
 * @param problem what is wrong there, in English, with the details (for the log and the
 * API), or {@code null}
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenSeq, Break kind, String problem) {

	static AuditVerification ok(long checked) {
		return new AuditVerification(true, checked, null, null, null);
	}

	static AuditVerification broken(long checked, long seq, Break kind, String problem) {
		return new AuditVerification(false, checked, seq, kind, problem);
	}

	/** The kinds of break verification tells apart. */
	public enum Break {

		/** An entry is missing from the middle of the sequence. */
		DELETED,

		/** An entry's link to its predecessor does not match (altered or reordered). */
		RELINKED,

		/** An entry's content does not match its signature or hash. */
		ALTERED,

		/** An entry is signed with a key the key ring does not hold. */
		UNKNOWN_KEY,

		/** An entry differs from the checkpoint of it (the log was rewritten). */
		REWRITTEN,

		/**
		 * Entries at the end are missing: the head or a checkpoint points past the last.
		 */
		TAIL_CUT,

		/** The log is empty although checkpoints record entries. */
		EMPTIED,

		/** The checkpoint file is damaged or holds a forged line. */
		CHECKPOINTS_DAMAGED

	}

}
