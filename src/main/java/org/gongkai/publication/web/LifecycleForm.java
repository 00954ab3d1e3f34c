package org.gongkai.publication.web;

import java.time.LocalDate;

import org.gongkai.publication.PolicyFields;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The lifecycle fields of the publication form, bound beside {@link PublicationForm}: the
 * policy an interpretation interprets, issue and repeal dates, and a revision's change
 * note.
 */
record LifecycleForm(String interprets, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repealedOn, String changeNote) {

	static LifecycleForm of(PolicyFields policy, String changeNote) {
		return new LifecycleForm(policy.interprets(), policy.issuedOn(), policy.repealedOn(), changeNote);
	}

	PolicyFields policy() {
		return new PolicyFields(this.interprets, this.issuedOn, this.repealedOn);
	}

}
