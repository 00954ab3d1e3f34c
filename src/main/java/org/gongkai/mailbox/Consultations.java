package org.gongkai.mailbox;

import java.util.List;
import java.util.Optional;

import org.gongkai.mailbox.consultation.ConsultationView;
import org.gongkai.mailbox.consultation.PolicyConsultations;

import org.springframework.stereotype.Service;

/**
 * The consultations on drafts of an agency, for other modules (the major decisions link
 * their public participation to one): system readings that need no signed-in user, so
 * callers check who may see the result.
 */
@Service
public class Consultations {

	private final PolicyConsultations consultations;

	Consultations(PolicyConsultations consultations) {
		this.consultations = consultations;
	}

	/**
	 * Every consultation of the agency, newest opening first, also those not yet open.
	 */
	public List<ConsultationSummary> ofAgency(long agencyId) {
		return this.consultations.allOf(agencyId).stream().map(Consultations::summary).toList();
	}

	/** One consultation, or empty if there is none with this id. */
	public Optional<ConsultationSummary> find(long id) {
		return this.consultations.find(id).map(Consultations::summary);
	}

	private static ConsultationSummary summary(ConsultationView c) {
		return new ConsultationSummary(c.id(), c.agencyId(), c.title(), c.opensOn(), c.closesOn(), c.summary(),
				c.summaryPublishedOn());
	}

}
