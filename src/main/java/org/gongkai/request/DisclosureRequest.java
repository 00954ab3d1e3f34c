package org.gongkai.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An application for disclosure, from intake on. */
@Entity
@Table(name = "req_case")
class DisclosureRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "tracking_no")
	private String trackingNo;

	@Column(name = "query_code_hash")
	private String queryCodeHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_type")
	private ApplicantType applicantType;

	@Column(name = "applicant_name")
	private String applicantName;

	@Column(name = "id_type")
	private String idType;

	@Column(name = "id_number")
	private String idNumber;

	@Column(name = "contact_phone")
	private String phone;

	@Column(name = "contact_email")
	private String email;

	@Column(name = "contact_address")
	private String address;

	private String description;

	/** Comma-separated {@link InformationFormat} names. */
	private String formats;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected DisclosureRequest() {
	}

	DisclosureRequest(long agencyId, String trackingNo, String queryCodeHash, ValidApplication application,
			Channel channel, Instant submittedAt, LocalDate receivedOn) {
		this.agencyId = agencyId;
		this.trackingNo = trackingNo;
		this.queryCodeHash = queryCodeHash;
		this.applicantType = application.applicantType();
		this.applicantName = application.applicantName();
		this.idType = application.idType();
		this.idNumber = application.idNumber();
		this.phone = application.phone();
		this.email = application.email();
		this.address = application.address();
		this.description = application.description();
		this.formats = application.formats().stream().map(Enum::name).collect(Collectors.joining(","));
		this.delivery = application.delivery();
		this.channel = channel;
		this.submittedAt = submittedAt;
		this.receivedOn = receivedOn;
		this.status = (receivedOn != null) ? CaseStatus.RECEIVED : CaseStatus.AWAITING_CONFIRMATION;
		this.createdAt = submittedAt;
		this.updatedAt = submittedAt;
	}

	Long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	String trackingNo() {
		return this.trackingNo;
	}

	String queryCodeHash() {
		return this.queryCodeHash;
	}

	CaseStatus status() {
		return this.status;
	}

	LocalDate receivedOn() {
		return this.receivedOn;
	}

	/** Regulations art. 31: an online or fax application is received when confirmed. */
	void confirm(LocalDate today, Instant now) {
		this.receivedOn = today;
		this.status = CaseStatus.RECEIVED;
		this.updatedAt = now;
	}

	ClockFacts clockFacts() {
		return ClockFacts.receivedOn(this.receivedOn);
	}

	CaseSummary summary(LocalDate due) {
		return new CaseSummary(this.id, this.agencyId, this.trackingNo, this.applicantType, this.applicantName,
				this.channel, this.status, this.submittedAt, this.receivedOn, due);
	}

	CaseDetails details(ClockReading clock, boolean confirmable) {
		List<InformationFormat> wanted = Arrays.stream(this.formats.split(","))
			.filter((f) -> !f.isEmpty())
			.map(InformationFormat::valueOf)
			.toList();
		return new CaseDetails(summary(clock.due()), this.idType, this.idNumber, this.phone, this.email, this.address,
				this.description, wanted, this.delivery, clock, confirmable);
	}

	/** For the audit log: no identity number, no contact data. */
	String auditSummary() {
		return "trackingNo=" + this.trackingNo + ", applicantType=" + this.applicantType + ", channel=" + this.channel
				+ ", status=" + this.status + ", receivedOn=" + this.receivedOn;
	}

}
