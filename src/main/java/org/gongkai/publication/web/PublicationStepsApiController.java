package org.gongkai.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.ApiError;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationRelease;
import org.gongkai.publication.PublicationReview;
import org.gongkai.publication.PublicationStatus;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a draft to publication and back through the API (Regulations art. 17): the
 * clerk submits, a reviewer checks the content, a confidentiality reviewer checks for
 * secrets and personal data and publishes, or passes the item to the leader where the
 * agency requires the leader's sign-off, and a leader withdraws. The same module calls as
 * the item page: the same roles, the privacy gate (an unresolved finding refuses the
 * approval), the index number and the audit entries. Each answers the item's new state.
 */
@RestController
class PublicationStepsApiController {

	private static final String ITEM = "/api/v1/admin/publications/{id}";

	private final PublicationDrafting drafting;

	private final PublicationReview review;

	private final PublicationRelease release;

	private final PublicationQueries publications;

	private final MessageSource messages;

	PublicationStepsApiController(PublicationDrafting drafting, PublicationReview review, PublicationRelease release,
			PublicationQueries publications, MessageSource messages) {
		this.drafting = drafting;
		this.review = review;
		this.release = release;
		this.publications = publications;
		this.messages = messages;
	}

	@Operation(summary = "Send a draft to content review", description = """
			Bearer token of a clerk of the item's agency; the item must be a draft (an interpretation \
			must name its policy document, which only the item page sets). No body.""")
	@ApiResponse(responseCode = "200", description = "{id, status: IN_CONTENT_REVIEW, indexNumber: null}")
	@ApiResponse(responseCode = "400", description = "Not a draft (publication.status.invalid); nothing changed")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a clerk of the item's agency")
	@ApiResponse(responseCode = "404", description = "No such item")
	@PostMapping(ITEM + "/submit")
	StepAnswer submit(@PathVariable long id) {
		this.drafting.submit(id);
		return answer(id);
	}

	@Operation(summary = "Content review: approve, or return to draft with a comment", description = """
			Bearer token of a reviewer (审核员) of the item's agency, while the item is in content \
			review. JSON {approve: true|false, comment}: the comment (at most 1000 characters) is \
			required to return. Approval passes the item to confidentiality review.""")
	@ApiResponse(responseCode = "200", description = "{id, status: IN_CONFIDENTIALITY_REVIEW or DRAFT, indexNumber}")
	@ApiResponse(responseCode = "400",
			description = "approve missing, comment missing or too long, or not in content review; nothing changed")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a reviewer of the item's agency")
	@ApiResponse(responseCode = "404", description = "No such item")
	@PostMapping(ITEM + "/content-review")
	StepAnswer contentReview(@PathVariable long id, @RequestBody Decision body) {
		boolean approve = body.approval();
		this.review.contentReview(id, approve, body.comment());
		return answer(id);
	}

	@Operation(summary = "Confidentiality review: publish, or return to draft with a comment", description = """
			Bearer token of a confidentiality reviewer (保密审查员) of the item's agency, while the item \
			is in confidentiality review. JSON {approve: true|false, comment}: the comment is required \
			to return. Approval publishes at once with a new index number and today's date, or, where \
			the agency requires its leader's sign-off (领导签发), passes the item to the leader \
			(IN_LEADER_APPROVAL, see .../sign-off). Refused while the privacy scanner finds personal data \
			or a secrecy mark that is neither masked nor kept for a recorded reason (on the item page) \
			in the text or an attachment (publication.privacy.unresolved).""")
	@ApiResponse(responseCode = "200",
			description = "{id, status: PUBLISHED, IN_LEADER_APPROVAL or DRAFT, indexNumber once published}")
	@ApiResponse(responseCode = "400", description = """
			approve missing, comment missing or too long, not in confidentiality review, or unresolved \
			privacy findings; nothing changed""")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a confidentiality reviewer of the item's agency")
	@ApiResponse(responseCode = "404", description = "No such item")
	@PostMapping(ITEM + "/confidentiality-review")
	StepAnswer confidentialityReview(@PathVariable long id, @RequestBody Decision body) {
		boolean approve = body.approval();
		this.review.confidentialityReview(id, approve, body.comment());
		return answer(id);
	}

	@Operation(summary = "The village supervision committee's review (村务监督委员会): post, or return with an opinion",
			description = """
					Bearer token of a village affairs supervisor (VILLAGE_SUPERVISOR) of the item's village, 					while the village's item waits for it after content review (in place of the confidentiality 					review; Organic Law of Villagers' Committees art. 32). JSON {approve: true|false, comment}: 					the opinion is required to return. Approval publishes as a confidentiality approval does, 					privacy gate included.""")
	@ApiResponse(responseCode = "200",
			description = "{id, status: PUBLISHED, IN_LEADER_APPROVAL or DRAFT, indexNumber once published}")
	@ApiResponse(responseCode = "400",
			description = """
					approve missing, comment missing or too long, not waiting for the supervision review, or 			unresolved privacy findings; nothing changed""")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a supervisor of the item's village")
	@ApiResponse(responseCode = "404", description = "No such item")
	@PostMapping(ITEM + "/supervision-review")
	StepAnswer supervisionReview(@PathVariable long id, @RequestBody Decision body) {
		boolean approve = body.approval();
		this.review.supervisionReview(id, approve, body.comment());
		return answer(id);
	}

	@Operation(summary = "The leader's sign-off (领导签发): publish, or return to draft with a comment", description = """
			Bearer token of a leader of the item's agency, while the item waits for the \
			sign-off (only where the agency requires it). JSON {approve: true|false, comment}: \
			the comment is required to return. Approval publishes (or schedules, for a time the \
			reviewer chose on the item page); the privacy gate applies again.""")
	@ApiResponse(responseCode = "200",
			description = "{id, status: PUBLISHED, SCHEDULED or DRAFT, indexNumber once published}")
	@ApiResponse(responseCode = "400", description = """
			approve missing, comment missing or too long, not waiting for the sign-off, or unresolved \
			privacy findings; nothing changed""")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a leader of the item's agency")
	@ApiResponse(responseCode = "404", description = "No such item")
	@PostMapping(ITEM + "/sign-off")
	StepAnswer signOff(@PathVariable long id, @RequestBody Decision body) {
		boolean approve = body.approval();
		this.review.signOff(id, approve, body.comment());
		return answer(id);
	}

	@Operation(summary = "Withdraw a published item", description = """
			Bearer token of a leader of the item's agency. JSON {reason}: required, at most 1000 \
			characters. The item leaves the portal, the search index and GET /api/v1/publications/{id} \
			for good; it keeps its index number.""")
	@ApiResponse(responseCode = "200", description = "{id, status: WITHDRAWN, indexNumber}")
	@ApiResponse(responseCode = "400", description = "Reason missing or too long, or not published; nothing changed")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a leader of the item's agency")
	@ApiResponse(responseCode = "404", description = "No such item")
	@PostMapping(ITEM + "/withdraw")
	StepAnswer withdraw(@PathVariable long id, @RequestBody Withdrawal body) {
		this.release.withdraw(id, body.reason());
		return answer(id);
	}

	@ExceptionHandler(InvalidField.class)
	ResponseEntity<ApiError> invalid(InvalidField ex) {
		return ex.answer(this.messages);
	}

	private StepAnswer answer(long id) {
		PublicationItem item = this.publications.find(id);
		return new StepAnswer(item.id(), item.status(), item.indexNumber());
	}

	/**
	 * A reviewer's or leader's decision.
	 *
	 * @param approve {@code true} to approve, {@code false} to return to draft; required
	 * @param comment required to return, at most 1000 characters
	 */
	record Decision(Boolean approve, String comment) {

		boolean approval() {
			if (this.approve == null) {
				throw new InvalidField("approve",
						new RuleViolationException("publication.api.approve-missing", "approve missing"));
			}
			return this.approve;
		}

	}

	/** Why a published item is withdrawn. */
	record Withdrawal(String reason) {
	}

	/**
	 * Where the item stands after the step.
	 *
	 * @param indexNumber its index number once published, else {@code null}
	 */
	record StepAnswer(long id, PublicationStatus status, String indexNumber) {
	}

}
