package org.gongkai.request.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.request.CaseDetails;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.CaseHandling;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The extension of a case's deadline through the API (Regulations art. 33), as on the
 * case page: the clerk of the case asks with the reason, a leader of the agency approves
 * or sends it back with a comment. A refused step answers with the platform's JSON error
 * and changes nothing.
 */
@RestController
class ExtensionApiController {

	private static final String CASE = "/api/v1/admin/agencies/{creditCode}/requests/{trackingNo}/extension-proposal";

	private final CaseHandling handling;

	private final CaseFiles files;

	private final RequestManagement requests;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	ExtensionApiController(CaseHandling handling, CaseFiles files, RequestManagement requests,
			AgencyManagement agencies, MessageSource messages) {
		this.handling = handling;
		this.files = files;
		this.requests = requests;
		this.agencies = agencies;
		this.messages = messages;
	}

	@Operation(summary = "Ask the head of the office to extend a case's deadline (art. 33)", description = """
			Bearer token of a clerk of the agency. Body {"reason": "..."}: not blank, at most 500 \
			characters (control characters removed). Refused (400) if a request is already pending, \
			the deadline was extended once, the original due date has passed, or the case's clock \
			does not run. Nothing moves until a leader approves.""")
	@ApiResponse(responseCode = "200", description = "Pending: {trackingNo, state: PENDING, due, originalDue, message}")
	@ApiResponse(responseCode = "400", description = "Refused by a rule or invalid reason; nothing stored")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a clerk of this agency")
	@ApiResponse(responseCode = "404", description = "No such agency, or no such case at it")
	@PostMapping(path = CASE, consumes = MediaType.APPLICATION_JSON_VALUE)
	ExtensionAnswer propose(@PathVariable String creditCode, @PathVariable String trackingNo,
			@RequestBody ReasonBody body) {
		long id = caseId(creditCode, trackingNo);
		this.handling.proposeExtension(id, (body != null) ? body.reason() : null);
		return answer(id, "PENDING", "extension-proposed");
	}

	@Operation(summary = "Approve the pending extension request (art. 33)", description = """
			Bearer token of a leader of the agency. The deadline moves by 20 working days and the \
			extension letter is issued. Refused (400) if no request is pending or the original due \
			date has passed meanwhile.""")
	@ApiResponse(responseCode = "200",
			description = "Extended: {trackingNo, state: EXTENDED, due, originalDue, message}")
	@ApiResponse(responseCode = "400", description = "Refused by a rule; nothing stored")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a leader of this agency")
	@ApiResponse(responseCode = "404", description = "No such agency, or no such case at it")
	@PostMapping(CASE + "/approval")
	ExtensionAnswer approve(@PathVariable String creditCode, @PathVariable String trackingNo) {
		long id = caseId(creditCode, trackingNo);
		this.handling.approveExtension(id);
		return answer(id, "EXTENDED", "extension-approved");
	}

	@Operation(summary = "Send the pending extension request back to the clerk (art. 33)", description = """
			Bearer token of a leader of the agency. Body {"comment": "..."}: not blank, at most 1000 \
			characters (control characters removed). The deadline does not move; the clerk may ask \
			again.""")
	@ApiResponse(responseCode = "200",
			description = "Sent back: {trackingNo, state: RETURNED, due, originalDue, message}")
	@ApiResponse(responseCode = "400", description = "No request pending or invalid comment; nothing stored")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a leader of this agency")
	@ApiResponse(responseCode = "404", description = "No such agency, or no such case at it")
	@PostMapping(path = CASE + "/return", consumes = MediaType.APPLICATION_JSON_VALUE)
	ExtensionAnswer sendBack(@PathVariable String creditCode, @PathVariable String trackingNo,
			@RequestBody CommentBody body) {
		long id = caseId(creditCode, trackingNo);
		this.handling.returnExtension(id, (body != null) ? body.comment() : null);
		return answer(id, "RETURNED", "extension-returned");
	}

	private long caseId(String creditCode, String trackingNo) {
		long agencyId = this.agencies.findByCreditCode(creditCode)
			.map((agency) -> agency.summary().id())
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		return this.files.idAt(agencyId, trackingNo);
	}

	private ExtensionAnswer answer(long id, String state, String done) {
		CaseDetails details = this.requests.details(id);
		return new ExtensionAnswer(details.summary().trackingNo(), state, details.clock().due(),
				details.clock().originalDue(), this.messages.getMessage("request.done." + done, null, Locale.CHINA));
	}

	/** The clerk's request: why the deadline should be extended. */
	record ReasonBody(String reason) {
	}

	/** The leader's comment sending the request back. */
	record CommentBody(String comment) {
	}

	/**
	 * The case's extension after the step.
	 *
	 * @param state {@code PENDING}, {@code EXTENDED} or {@code RETURNED}
	 * @param due the answer deadline now
	 * @param originalDue the deadline without the extension
	 * @param message what happened, in Chinese
	 */
	record ExtensionAnswer(String trackingNo, String state, LocalDate due, LocalDate originalDue, String message) {
	}

}
