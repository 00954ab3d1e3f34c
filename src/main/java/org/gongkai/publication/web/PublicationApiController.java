package org.gongkai.publication.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.ApiError;
import org.gongkai.publication.AttachmentSummary;
import org.gongkai.publication.PublicationAttachments;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationQueries;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Drafting through the API, for the tools that publish from another system: an agency's
 * columns, a new draft, and its attachments. The same module calls as the pages, so the
 * same roles (checked again by the module), limits and audit entries; errors are the
 * platform's JSON errors, naming the field where one is at fault.
 */
@RestController
class PublicationApiController {

	private final PublicationDrafting drafting;

	private final PublicationAttachments attachments;

	private final PublicationQueries publications;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final AgencyAccess access;

	private final MessageSource messages;

	PublicationApiController(PublicationDrafting drafting, PublicationAttachments attachments,
			PublicationQueries publications, AgencyManagement agencies, CatalogManagement catalog, AgencyAccess access,
			MessageSource messages) {
		this.drafting = drafting;
		this.attachments = attachments;
		this.publications = publications;
		this.agencies = agencies;
		this.catalog = catalog;
		this.access = access;
		this.messages = messages;
	}

	@Operation(summary = "The catalogue columns an agency's items can be placed in", description = """
			Bearer token of staff who may see the agency (its own staff, or a disclosure office \
			over it). The columns the draft form offers, in tree order: the columns the public \
			sees (hidden ones and those under them left out). parentId is null at the top; kind is \
			NEWS, NOTICE, PLAN or STATIC (how often the column is expected to be updated).""")
	@ApiResponse(responseCode = "200", description = "[{id, name, kind, parentId}]")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not staff who may see this agency")
	@ApiResponse(responseCode = "404", description = "No agency with this credit code")
	@GetMapping("/api/v1/admin/agencies/{creditCode}/columns")
	List<ColumnBody> columns(
			@Parameter(description = "unified social credit code of the agency") @PathVariable String creditCode) {
		long agencyId = agencyId(creditCode);
		this.access.requireVisible(agencyId);
		return this.catalog.publicTree(agencyId)
			.stream()
			.map((c) -> new ColumnBody(c.id(), c.name(), c.kind(), c.parentId()))
			.toList();
	}

	@Operation(summary = "Draft a publication (proactive disclosure)", description = """
			Bearer token of a clerk (信息员) of the agency. JSON {columnId, title, summary, body, madeOn, \
			genre, documentNumber?, theme?, validity?}: columnId one of the agency's columns (see \
			.../columns); title 1 to 200 characters; summary at most 1000; body plain text (paragraphs \
			separated by blank lines) or HTML, sanitised, at most 100000 characters once stored; madeOn \
			(成文日期) yyyy-MM-dd, not after today (Asia/Shanghai); genre REGULATION, NORMATIVE_DOCUMENT, \
			OTHER_DOCUMENT, NOTICE, NEWS, INTERPRETATION or POLICY_DOCUMENT; documentNumber (文号) at \
			most 100; theme a 主题分类 name (GENERAL_AFFAIRS, ECONOMY, ..., OTHER); validity VALID \
			(default), EXPIRED or REPEALED. Control characters are removed. The draft is audited \
			(publication.drafted) and goes to review with .../submit.""")
	@ApiResponse(responseCode = "201", description = "Drafted: {id}")
	@ApiResponse(responseCode = "400",
			description = "Unreadable JSON or a field out of bounds: {status, error, code, field}; nothing stored")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a clerk of this agency")
	@ApiResponse(responseCode = "404", description = "No agency with this credit code")
	@ApiResponse(responseCode = "415", description = "Body not application/json")
	@PostMapping(path = "/api/v1/admin/agencies/{creditCode}/publications", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Created> draft(
			@Parameter(description = "unified social credit code of the agency") @PathVariable String creditCode,
			@RequestBody ApiDraft body) {
		long agencyId = agencyId(creditCode);
		this.access.require(Role.CLERK, agencyId);
		PublicationDraft draft = body.draft();
		List<RuleViolationException> problems = this.drafting.problems(agencyId, draft);
		if (!problems.isEmpty()) {
			RuleViolationException first = problems.get(0);
			throw new InvalidField(ApiDraft.FIELDS.get(first.messageKey()), first);
		}
		long id = this.drafting.draft(agencyId, draft);
		return ResponseEntity.created(URI.create("/api/v1/admin/publications/" + id)).body(new Created(id));
	}

	@Operation(summary = "Attach a file to a draft", description = """
			Bearer token of a clerk of the item's agency, while the item is a draft. Multipart part \
			'file': PDF, DOCX, XLSX, PNG or JPEG as detected from the content (the name does not \
			count), at most gongkai.publication.max-attachment-size (20 MB) and max-attachments (20) \
			per item. The text of PDF, DOCX and XLSX is extracted and checked for personal data \
			before confidentiality review (a finding blocks publication until masked or kept for a \
			recorded reason on the item page). Audited (publication.attachment-added).""")
	@ApiResponse(responseCode = "201", description = "Attached: {id, name, size}")
	@ApiResponse(responseCode = "400",
			description = "No file, empty, unreadable, too many attachments, or the item is not a draft")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not a clerk of the item's agency")
	@ApiResponse(responseCode = "404", description = "No such item")
	@ApiResponse(responseCode = "413", description = "File too large; nothing stored")
	@ApiResponse(responseCode = "415", description = "Not PDF, DOCX, XLSX, PNG or JPEG by content; nothing stored")
	@PostMapping(path = "/api/v1/admin/publications/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> attach(@PathVariable long id,
			@Parameter(description = "the file") @RequestParam(required = false) MultipartFile file) {
		try {
			if (file == null || file.isEmpty()) {
				// the item and the caller's role are checked first: an empty file of a
				// stranger is a 403
				this.access.require(Role.CLERK, this.publications.find(id).agencyId());
				throw new RuleViolationException("upload.empty", "No file");
			}
			long attachmentId;
			try (InputStream in = file.getInputStream()) {
				attachmentId = this.attachments.addAttachment(id, in, file.getOriginalFilename());
			}
			catch (IOException ex) {
				throw new RuleViolationException("upload.unreadable", "Upload unreadable: " + ex.getMessage());
			}
			AttachmentSummary added = this.publications.find(id)
				.attachments()
				.stream()
				.filter((a) -> a.id() == attachmentId)
				.findFirst()
				.orElseThrow();
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new AttachmentCreated(added.id(), added.fileName(), added.size()));
		}
		catch (RuleViolationException ex) {
			int status = switch (ex.messageKey()) {
				case "upload.too-large" -> 413;
				case "upload.type-refused" -> 415;
				default -> ex.status();
			};
			String text = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), Locale.CHINA);
			return ResponseEntity.status(status)
				.body(new ApiError(status, text, ex.messageKey(),
						ex.messageKey().startsWith("upload.") ? "file" : null));
		}
	}

	@ExceptionHandler(InvalidField.class)
	ResponseEntity<ApiError> invalid(InvalidField ex) {
		return ex.answer(this.messages);
	}

	private long agencyId(String creditCode) {
		return this.agencies.findByCreditCode(creditCode)
			.map((agency) -> agency.summary().id())
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	/**
	 * A column where items can be placed; {@code parentId} is {@code null} at the top.
	 */
	record ColumnBody(long id, String name, ColumnKind kind, Long parentId) {
	}

	/** The id of what was created. */
	record Created(long id) {
	}

	/**
	 * An attachment as stored: its id, its (sanitised) file name and its size in bytes.
	 */
	record AttachmentCreated(long id, String name, long size) {
	}

}
