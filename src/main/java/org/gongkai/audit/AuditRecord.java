package org.gongkai.audit;

/**
 * What happened, to be written to the audit log. Build with {@link #of} and the
 * {@code with*} methods; who and from where are taken from the current request unless
 * {@link #actor} is set.
 *
 * @param action what was done, e.g. {@code agency.created}
 * @param objectType the kind of object, e.g. {@code Agency}
 * @param objectId the object's identifier
 * @param agencyId the agency the object belongs to, or {@code null}
 * @param before a short summary of the state before, or {@code null}
 * @param after a short summary of the state after, or {@code null}
 * @param actor who did it when that is not the signed-in user (e.g. a failed login's
 * username, or {@code system}), or {@code null}
 */
public record AuditRecord(String action, String objectType, String objectId, Long agencyId, String before, String after,
		String actor) {

	public static AuditRecord of(String action, String objectType, Object objectId) {
		return new AuditRecord(action, objectType, String.valueOf(objectId), null, null, null, null);
	}

	public AuditRecord withAgency(Long agency) {
		return new AuditRecord(this.action, this.objectType, this.objectId, agency, this.before, this.after,
				this.actor);
	}

	public AuditRecord withBefore(String summary) {
		return new AuditRecord(this.action, this.objectType, this.objectId, this.agencyId, summary, this.after,
				this.actor);
	}

	public AuditRecord withAfter(String summary) {
		return new AuditRecord(this.action, this.objectType, this.objectId, this.agencyId, this.before, summary,
				this.actor);
	}

	public AuditRecord withActor(String who) {
		return new AuditRecord(this.action, this.objectType, this.objectId, this.agencyId, this.before, this.after,
				who);
	}

}
