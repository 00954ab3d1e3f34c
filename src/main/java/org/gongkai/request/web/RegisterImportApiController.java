package org.gongkai.request.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.gongkai.request.register.RegisterImport;
import org.gongkai.request.register.RegisterImportRefused;
import org.gongkai.request.register.RegisterImportResult;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Register (台账) import through the API: a multipart upload of a CSV or XLSX file, all or
 * nothing. The answer is always {@code {imported, rejected:[{row, reason}]}}.
 */
@RestController
class RegisterImportApiController {

	private final RegisterImport registers;

	private final MessageSource messages;

	RegisterImportApiController(RegisterImport registers, MessageSource messages) {
		this.registers = registers;
		this.messages = messages;
	}

	@Operation(summary = "Import an office's register of applications (台账) as cases", description = """
			Bearer token of a clerk or leader of the agency, or of the disclosure office of the agency \
			or an agency above it. Multipart part 'file': CSV (UTF-8 with or without BOM, or GB18030) \
			or XLSX (first sheet), recognised by content, at most 5 MB and 10,000 data rows. Row 1 is \
			the header: tracking_no, applicant_type, applicant_name, received_on, subject, closed_on, \
			result (or 受理编号, 申请人类型, 申请人, 收到日期, 申请内容, 办结日期, 办理结果), in any order. \
			applicant_type: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构 or 其他; dates yyyy-MM-dd \
			(or real Excel date cells), not in the future, closed_on not before received_on; result: a \
			table-三 row code (3.1, 3.2, 3.3.1-3.3.8, 3.4.1-3.4.3, 3.5.1-3.5.5, 3.6.1-3.6.3), empty \
			with an empty closed_on for a case still open. An empty tracking_no gets a new platform \
			number YSQ-<year received>-<agency id>-<serial>; a given one is kept, must be unique and \
			may not start with YSQ-. Cells starting with = + - @ and formula cells are refused. Any \
			invalid row imports nothing; each reason names its row as Excel numbers it (header = 1; \
			0 = the whole file).""")
	@ApiResponse(responseCode = "200", description = "All rows imported: {imported: N, rejected: []}")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not staff of this agency (or of a disclosure office above it)")
	@ApiResponse(responseCode = "404", description = "No agency with this credit code")
	@ApiResponse(responseCode = "409", description = "A concurrent import took a tracking number; nothing imported")
	@ApiResponse(responseCode = "413", description = "File larger than 5 MB; nothing imported")
	@ApiResponse(responseCode = "415", description = "Neither CSV nor XLSX by content; nothing imported")
	@ApiResponse(responseCode = "422",
			description = "Unreadable file, bad header, too many rows or invalid rows: {imported: 0, rejected: [...]}")
	@PostMapping(path = "/api/v1/admin/agencies/{creditCode}/requests/import",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RegisterImportResult> importRegister(@PathVariable String creditCode, @Parameter(
			description = "The register file (CSV or XLSX)") @RequestParam(required = false) MultipartFile file)
			throws IOException {
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		String name = (file != null) ? file.getOriginalFilename() : null;
		try {
			return ResponseEntity.ok(this.registers.importRegister(creditCode, name, content));
		}
		catch (RegisterImportRefused ex) {
			return ResponseEntity.status(status(ex.kind())).body(ex.result());
		}
		catch (DataIntegrityViolationException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict(this.messages));
		}
	}

	/** The HTTP status of a refused register. */
	static HttpStatus status(RegisterImportRefused.Kind kind) {
		return switch (kind) {
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

	/**
	 * A concurrent import or application took a tracking number between the check and the
	 * insert: the unique constraint refused it and the transaction rolled back.
	 */
	static RegisterImportResult conflict(MessageSource messages) {
		String text = messages.getMessage("request.import.conflict", null, Locale.CHINA);
		return new RegisterImportResult(0, List.of(new RegisterImportResult.Rejection(0, text)));
	}

}
