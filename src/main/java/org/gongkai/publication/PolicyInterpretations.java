package org.gongkai.publication;

import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三同步 (docs/legal-rules.md, Proactive disclosure): a policy document is published
 * together with its interpretation. Drafting links an interpretation to its policy
 * document ({@link PublicationDrafting}); publication sets and clears the flag of a
 * policy document without a published interpretation; this service reads both.
 */
@Service
@Transactional(readOnly = true)
public class PolicyInterpretations {

	private final Publications publications;

	private final AgencyAccess access;

	PolicyInterpretations(Publications publications, AgencyAccess access) {
		this.publications = publications;
		this.access = access;
	}

	/**
	 * The policy fields as the edit form starts from them (staff who may see the agency).
	 */
	public PolicyFields policyFieldsOf(long id) {
		Publication publication = this.publications.load(id);
		this.access.requireVisible(publication.agencyId());
		String interprets = null;
		if (publication.interpretsId() != null) {
			Publication policy = this.publications.load(publication.interpretsId());
			interprets = (policy.indexNumber() != null) ? policy.indexNumber() : String.valueOf(policy.id());
		}
		return new PolicyFields(interprets, publication.issuedOn(), publication.repealedOn());
	}

	/**
	 * Published policy documents of the agencies the user may see that still have no
	 * published interpretation (the flag of 三同步), newest first.
	 */
	public List<PublicationSummary> missingInterpretations() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (visible.isEmpty()) {
			return List.of();
		}
		return this.publications
			.findByAgencyIdInAndStatusAndInterpretationMissingTrueOrderByIdDesc(visible, PublicationStatus.PUBLISHED)
			.stream()
			.map(Publication::summary)
			.toList();
	}

	/**
	 * The published policy documents of one agency without a published interpretation
	 * (三同步), newest first: a system reading for the website inspection.
	 */
	public List<PublicationSummary> missingInterpretationsOf(long agencyId) {
		return this.publications
			.findByAgencyIdInAndStatusAndInterpretationMissingTrueOrderByIdDesc(Set.of(agencyId),
					PublicationStatus.PUBLISHED)
			.stream()
			.map(Publication::summary)
			.toList();
	}

}
