package org.gongkai.publication;

import java.util.EnumSet;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.publication.item.Publication;

/**
 * The checks the publication commands share: the signed-in user's role for the item's
 * agency, the item's status, and the bounds of what staff type.
 */
final class PublicationGuards {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 1000;

	static final int MAX_BODY = 100_000;

	static final int MAX_DOCUMENT_NUMBER = 100;

	static final int MAX_COMMENT = 1000;

	static final int MAX_CHANGE_NOTE = 1000;

	/** Items on their way to publication. */
	static final Set<PublicationStatus> IN_PROGRESS = EnumSet.of(PublicationStatus.DRAFT,
			PublicationStatus.IN_CONTENT_REVIEW, PublicationStatus.IN_CONFIDENTIALITY_REVIEW,
			PublicationStatus.IN_SUPERVISION_REVIEW, PublicationStatus.IN_LEADER_APPROVAL, PublicationStatus.SCHEDULED);

	private PublicationGuards() {
	}

	static StaffPrincipal require(Role role, long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !me.has(role, agencyId)) {
			throw new ForbiddenException("Role " + role + " for agency " + agencyId + " required");
		}
		return me;
	}

	static StaffPrincipal requireMasker(Publication publication) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CLERK, publication.agencyId())
				|| me.has(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId()))) {
			throw new ForbiddenException("Clerk or confidentiality reviewer required");
		}
		requireOpen(publication);
		return me;
	}

	static void requireOpen(Publication publication) {
		if (!publication.status().open()) {
			throw new RuleViolationException("publication.status.invalid", "Publication no longer open");
		}
	}

	static void requireStatus(Publication publication, PublicationStatus wanted) {
		if (publication.status() != wanted) {
			throw new RuleViolationException("publication.status.invalid",
					"Status " + publication.status() + ", needs " + wanted);
		}
	}

	/** One line: control characters and line breaks become spaces. */
	static String plain(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip();
	}

	/**
	 * Plain text with line breaks: CR LF and CR become LF, other control characters go.
	 */
	static String plainText(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
	}

	static String comment(String comment, boolean required) {
		String text = Text.clean(comment);
		if ((required && text.isEmpty()) || text.length() > MAX_COMMENT) {
			throw new RuleViolationException("publication.comment.invalid", "Comment missing or too long", MAX_COMMENT);
		}
		return text.isEmpty() ? null : text;
	}

	static String changeNote(String changeNote) {
		String text = plain(changeNote);
		if (text.isEmpty() || text.length() > MAX_CHANGE_NOTE) {
			throw new RuleViolationException("publication.change-note.invalid", "Change note missing or too long",
					String.valueOf(MAX_CHANGE_NOTE));
		}
		return text;
	}

}
