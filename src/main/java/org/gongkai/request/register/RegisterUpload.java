package org.gongkai.request.register;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One accepted register file: which agency, which file (by SHA-256), how many cases it
 * created, who imported it and when. Every case it created points to it.
 */
@Entity
@Table(name = "req_register_import")
public class RegisterUpload {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "file_sha256")
	private String fileSha256;

	@Enumerated(EnumType.STRING)
	@Column(name = "file_format")
	private RegisterFile.Format format;

	@Column(name = "case_count")
	private int caseCount;

	@Column(name = "imported_by")
	private String importedBy;

	@Column(name = "imported_at")
	private Instant importedAt;

	protected RegisterUpload() {
	}

	public RegisterUpload(long agencyId, String fileName, String fileSha256, RegisterFile.Format format, int caseCount,
			String importedBy, Instant importedAt) {
		this.agencyId = agencyId;
		this.fileName = fileName;
		this.fileSha256 = fileSha256;
		this.format = format;
		this.caseCount = caseCount;
		this.importedBy = importedBy;
		this.importedAt = importedAt;
	}

	public Long id() {
		return this.id;
	}

	public Instant importedAt() {
		return this.importedAt;
	}

	public String auditSummary() {
		return "fileName=" + this.fileName + ", sha256=" + this.fileSha256 + ", format=" + this.format + ", cases="
				+ this.caseCount;
	}

}
