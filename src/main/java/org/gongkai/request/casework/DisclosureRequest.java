package org.gongkai.request.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.CaseEvent;
import org.gongkai.request.CaseActions;
import org.gongkai.request.CaseDetails;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.CaseSummary;
import org.gongkai.request.Channel;
import org.gongkai.request.CorrectionItem;
import org.gongkai.request.Delivery;
import org.gongkai.request.ExtensionRequest;
import org.gongkai.request.InformationFormat;
import org.gongkai.request.fees.RequestFees;
import org.gongkai.request.intake.IdentityProof;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.intake.ValidApplication;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.register.RegisterRow;
import org.gongkai.request.rules.ClockFacts;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.Outcome;

/**
 * An application for disclosure, from intake on.
 * <p>
 * This entity is longer than our usual 400 lines on purpose: it is the one aggregate of a
 * case (one row of {@code req_case} with its consultations and event log), and each state
 * change here checks its own preconditions, moves the clock facts and logs the event in
 * one place; splitting it would spread one invariant over several classes or add an
 * embeddable per step without making any rule easier to find. The rules it applies live
 * in {@code request.rules}; the services that drive it are {@link RequestIntake},
 * {@link CaseHandling}, {@link RequestFees} and {@link ReplyLetters}.
 * <p>
 * Public for the request module's other packages only ({@code request.casework} is
 * internal: Spring Modulith keeps other modules out); methods the other packages do not
 * call stay package-private.
 */
@Entity
@Table(name = "req_case")
public class DisclosureRequest {

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

	@Column(name = "correction_requested_on")
	private LocalDate correctionRequestedOn;

	@Column(name = "correction_period_ends_on")
	private LocalDate correctionPeriodEndsOn;

	@Column(name = "correction_received_on")
	private LocalDate correctionReceivedOn;

	@Column(name = "extended_by")
	private String extendedBy;

	@Column(name = "extended_on")
	private LocalDate extendedOn;

	@Column(name = "extension_reason")
	private String extensionReason;

	/** The clerk's pending extension proposal (art. 33): who, when and why. */
	@Column(name = "extension_proposed_by")
	private String extensionProposedBy;

	@Column(name = "extension_proposed_on")
	private LocalDate extensionProposedOn;

	@Column(name = "extension_proposal")
	private String extensionProposal;

	/** The last extension proposal a leader sent back: who, when and why. */
	@Column(name = "extension_returned_by")
	private String extensionReturnedBy;

	@Column(name = "extension_returned_on")
	private LocalDate extensionReturnedOn;

	@Column(name = "extension_return_comment")
	private String extensionReturnComment;

	/** The table-三 row code of the answer ({@link Outcome#row()}). */
	@Column(name = "outcome_row")
	private String outcomeRow;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_on")
	private LocalDate approvedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	private String assignee;

	/** The last due date logged: lets a calendar change tell which deadlines it moved. */
	@Column(name = "last_due_on")
	private LocalDate lastDueOn;

	@ElementCollection
	@CollectionTable(name = "req_consultation", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Consultation> consultations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "req_correction_item", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<CorrectionEntry> correctionItems = new ArrayList<>();

	@Column(name = "returned_by")
	private String returnedBy;

	@Column(name = "returned_on")
	private LocalDate returnedOn;

	@Column(name = "return_comment")
	private String returnComment;

	@ElementCollection
	@CollectionTable(name = "req_case_step", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<CaseStep> steps = new ArrayList<>();

	@Column(name = "updated_at")
	private Instant updatedAt;

	/** The register import that created this case, {@code null} for every other case. */
	@Column(name = "register_import_id")
	private Long registerImportId;

	@Column(name = "id_proof_sha256")
	private String idProofSha256;

	@Column(name = "id_proof_name")
	private String idProofName;

	@Column(name = "id_proof_type")
	private String idProofType;

	@Column(name = "id_proof_size")
	private Long idProofSize;

	@Version
	private long version;

	protected DisclosureRequest() {
	}

	public DisclosureRequest(long agencyId, String trackingNo, String queryCodeHash, ValidApplication application,
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

	/**
	 * A case taken over from an office's register (台账): received on the register's date,
	 * closed with its table-三 outcome and closing date when it has one, else open with
	 * its clock running from the receipt date. The register holds no identity document
	 * and no delivery wish: those stay empty.
	 */
	public static DisclosureRequest imported(long agencyId, String trackingNo, String queryCodeHash, RegisterRow row,
			long registerImportId, LocalDate on, String by, Instant now) {
		DisclosureRequest request = new DisclosureRequest();
		request.agencyId = agencyId;
		request.trackingNo = trackingNo;
		request.queryCodeHash = queryCodeHash;
		request.applicantType = row.applicantType();
		request.applicantName = row.applicantName();
		request.idType = "";
		request.idNumber = "";
		request.description = row.subject();
		request.formats = "";
		request.channel = Channel.IMPORTED;
		request.submittedAt = now;
		request.receivedOn = row.receivedOn();
		request.status = CaseStatus.RECEIVED;
		request.createdAt = now;
		request.updatedAt = now;
		request.registerImportId = registerImportId;
		request.log("imported", on, by, null, now);
		if (row.outcome() != null) {
			request.outcomeRow = row.outcome().row();
			request.decidedOn = row.closedOn();
			request.close(row.closedOn(), now);
		}
		return request;
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public String trackingNo() {
		return this.trackingNo;
	}

	/** When the application arrived (online) or was registered. */
	public Instant submittedAt() {
		return this.submittedAt;
	}

	/** What the applicant asked for (the corrected text once corrected). */
	public String description() {
		return this.description;
	}

	public String queryCodeHash() {
		return this.queryCodeHash;
	}

	public CaseStatus status() {
		return this.status;
	}

	public LocalDate receivedOn() {
		return this.receivedOn;
	}

	/** Regulations art. 31: an online or fax application is received when confirmed. */
	public void confirm(LocalDate today, Instant now) {
		this.receivedOn = today;
		this.status = CaseStatus.RECEIVED;
		this.updatedAt = now;
	}

	public ClockFacts clockFacts() {
		ClockFacts facts = ClockFacts.receivedOn(this.receivedOn);
		if (this.correctionRequestedOn != null) {
			facts = facts.withCorrection(this.correctionRequestedOn, this.correctionPeriodEndsOn,
					this.correctionReceivedOn);
		}
		if (this.extendedOn != null) {
			facts = facts.withExtension();
		}
		for (Consultation consultation : this.consultations) {
			facts = facts.withPause(consultation.pause());
		}
		if (this.feePauseFrom != null) {
			facts = facts.withPause(
					new ClockFacts.Pause(ClockFacts.PauseKind.FEE_PAYMENT, this.feePauseFrom, this.feePauseUntil));
		}
		return facts;
	}

	public LocalDate correctionRequestedOn() {
		return this.correctionRequestedOn;
	}

	public LocalDate correctionReceivedOn() {
		return this.correctionReceivedOn;
	}

	public boolean extended() {
		return this.extendedOn != null;
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public ApplicantType applicantType() {
		return this.applicantType;
	}

	/** Received or awaiting approval: the deadline still matters. */
	public boolean open() {
		return this.status == CaseStatus.RECEIVED || this.status == CaseStatus.AWAITING_APPROVAL;
	}

	public LocalDate lastDueOn() {
		return this.lastDueOn;
	}

	/** Remembers the due date as computed after a step (the step itself is logged). */
	public void noteDue(LocalDate due) {
		this.lastDueOn = due;
	}

	/** A changed holiday notice moved the deadline: logged on the case. */
	public void dueMoved(LocalDate from, LocalDate to, LocalDate on, Instant now) {
		this.lastDueOn = to;
		log("due-moved", on, "system", "答复期限由 " + from + " 调整为 " + to, now);
	}

	public Consultation openConsultation() {
		return this.consultations.stream().filter(Consultation::open).findFirst().orElse(null);
	}

	/**
	 * Regulations art. 30: the one correction notice, with the period it sets and what is
	 * to be corrected, item by item.
	 */
	public void requestCorrection(LocalDate on, LocalDate periodEndsOn, List<CorrectionItem> items, String by,
			Instant now) {
		this.correctionRequestedOn = on;
		this.correctionPeriodEndsOn = periodEndsOn;
		this.correctionItems.clear();
		items.forEach((item) -> this.correctionItems.add(new CorrectionEntry(item)));
		assign(by);
		log("correction-requested", on, by, periodEndsOn.toString(), now);
	}

	/** What the correction notice asked to correct, in its order; empty if none. */
	public List<CorrectionItem> correctionItems() {
		return this.correctionItems.stream().map(CorrectionEntry::item).toList();
	}

	/** Regulations art. 30: the 20 days run again from this day. */
	void receiveCorrection(LocalDate on, String by, Instant now) {
		this.correctionReceivedOn = on;
		assign(by);
		log("correction-received", on, by, null, now);
	}

	/**
	 * The applicant sent the corrected application online (Regulations art. 30): it
	 * replaces the description, the original stays in the case's event log, and the 20
	 * days run again from {@code on}. The assignee does not change.
	 */
	public void correctOnline(String correctedDescription, LocalDate on, Instant now) {
		String original = this.description;
		this.description = correctedDescription;
		this.correctionReceivedOn = on;
		log("correction-received-online", on, "applicant", original, now);
	}

	/** Whether a correction notice went out and the corrected application is awaited. */
	public boolean awaitsCorrection() {
		return this.status == CaseStatus.RECEIVED && this.correctionRequestedOn != null
				&& this.correctionReceivedOn == null;
	}

	void startConsultation(ClockFacts.PauseKind kind, LocalDate sentOn, String by, Instant now) {
		this.consultations.add(new Consultation(kind, sentOn));
		assign(by);
		log("consultation-sent", sentOn, by, kind.name(), now);
	}

	void answerConsultation(Consultation consultation, LocalDate on, String by, Instant now) {
		consultation.answer(on);
		log("consultation-answered", on, by, consultation.kind().name(), now);
	}

	/**
	 * Regulations art. 33: approved by the head of the office; a proposal pending is
	 * settled by it.
	 */
	void extend(LocalDate on, String by, String reason, Instant now) {
		this.extendedOn = on;
		this.extendedBy = by;
		this.extensionReason = reason;
		clearExtensionProposal();
		log("extended", on, by, reason, now);
	}

	/** Regulations art. 33: the clerk asks the head of the office, with the reason. */
	void proposeExtension(String reason, LocalDate on, String by, Instant now) {
		this.extensionProposal = reason;
		this.extensionProposedOn = on;
		this.extensionProposedBy = by;
		assign(by);
		log("extension-proposed", on, by, reason, now);
	}

	/** The head of the office agrees to the pending proposal: the deadline moves. */
	void approveExtension(LocalDate on, String by, Instant now) {
		extend(on, by, this.extensionProposal, now);
	}

	/**
	 * The head of the office sends the pending proposal back with a comment; the log
	 * keeps the proposal and the comment.
	 */
	void returnExtension(String comment, LocalDate on, String by, Instant now) {
		this.extensionReturnComment = comment;
		this.extensionReturnedOn = on;
		this.extensionReturnedBy = by;
		clearExtensionProposal();
		log("extension-returned", on, by, comment, now);
	}

	/** Whether a clerk's extension proposal waits for the head of the office. */
	public boolean extensionPending() {
		return this.extensionProposedOn != null;
	}

	private void clearExtensionProposal() {
		this.extensionProposal = null;
		this.extensionProposedOn = null;
		this.extensionProposedBy = null;
	}

	void decide(Outcome outcome, String note, LocalDate on, String by, Instant now) {
		this.outcomeRow = outcome.row();
		this.decisionNote = note;
		this.decidedOn = on;
		this.decidedBy = by;
		assign(by);
		log("decided", on, by, outcome.row(), now);
		if (outcome.needsLeaderApproval()) {
			this.status = CaseStatus.AWAITING_APPROVAL;
		}
		else {
			close(on, now);
		}
	}

	/**
	 * A leader sends the proposed answer back with a comment: the case is open again and
	 * the clerk proposes anew; the log keeps the proposal and the comment.
	 */
	void sendBack(String comment, LocalDate on, String by, Instant now) {
		this.returnComment = comment;
		this.returnedOn = on;
		this.returnedBy = by;
		log("decision-returned", on, by, comment, now);
		this.outcomeRow = null;
		this.decisionNote = null;
		this.decidedOn = null;
		this.decidedBy = null;
		this.status = CaseStatus.RECEIVED;
		this.updatedAt = now;
	}

	/** The leader's comment on the last answer sent back, or {@code null}. */
	public String returnComment() {
		return this.returnComment;
	}

	/** What moved the case and its clock, oldest first. */
	public List<CaseEvent> events() {
		return this.steps.stream().map(CaseStep::event).toList();
	}

	void approve(LocalDate on, String by, Instant now) {
		this.approvedBy = by;
		this.approvedOn = on;
		log("approved", on, by, this.outcomeRow, now);
		close(on, now);
	}

	public Outcome outcome() {
		return Outcome.ofRow(this.outcomeRow).orElse(null);
	}

	private void close(LocalDate on, Instant now) {
		this.closedOn = on;
		this.status = CaseStatus.CLOSED;
		this.updatedAt = now;
	}

	private void assign(String by) {
		if (this.assignee == null) {
			this.assignee = by;
		}
	}

	private void log(String kind, LocalDate on, String by, String detail, Instant now) {
		this.steps.add(new CaseStep(kind, on, by, detail, now));
		this.updatedAt = now;
	}

	public LocalDate correctionPeriodEndsOn() {
		return this.correctionPeriodEndsOn;
	}

	public String extensionReason() {
		return this.extensionReason;
	}

	/** The latest consultation, open or answered, or {@code null}. */
	public Consultation lastConsultation() {
		return this.consultations.isEmpty() ? null : this.consultations.get(this.consultations.size() - 1);
	}

	/** A letter was delivered or released ({@link ReplyLetters}): logged on the case. */
	public void logLetter(String kind, LocalDate on, String by, String detail, Instant now) {
		log(kind, on, by, detail, now);
	}

	public CaseSummary summary(LocalDate due) {
		return new CaseSummary(this.id, this.agencyId, this.trackingNo, this.applicantType, this.applicantName,
				this.channel, this.status, this.submittedAt, this.receivedOn, due);
	}

	public CaseDetails details(ClockReading clock, boolean confirmable, CaseActions actions) {
		List<InformationFormat> wanted = Arrays.stream(this.formats.split(","))
			.filter((f) -> !f.isEmpty())
			.map(InformationFormat::valueOf)
			.toList();
		return new CaseDetails(summary(clock.due()), this.idType, this.idNumber, this.phone, this.email, this.address,
				this.description, wanted, this.delivery, clock, confirmable, actions, outcome(), this.decisionNote,
				this.assignee, this.closedOn, events(), correctionItems(), this.returnComment, extensionRequest());
	}

	/**
	 * The extension proposal pending, or else the last one sent back while the case is
	 * open and not extended; {@code null} if neither.
	 */
	private ExtensionRequest extensionRequest() {
		if (this.extensionProposedOn != null && open()) {
			return new ExtensionRequest(this.extensionProposal, this.extensionProposedBy, this.extensionProposedOn,
					null);
		}
		if (this.extensionReturnedOn != null && this.extendedOn == null && this.status == CaseStatus.RECEIVED) {
			return new ExtensionRequest(null, this.extensionReturnedBy, this.extensionReturnedOn,
					this.extensionReturnComment);
		}
		return null;
	}

	/** For the audit log: no identity number, no contact data. */
	public String auditSummary() {
		return "trackingNo=" + this.trackingNo + ", applicantType=" + this.applicantType + ", channel=" + this.channel
				+ ", status=" + this.status + ", receivedOn=" + this.receivedOn + ", correction="
				+ this.correctionRequestedOn + "/" + this.correctionPeriodEndsOn + "/" + this.correctionReceivedOn
				+ ", consultations=" + this.consultations.size() + ", extendedOn=" + this.extendedOn
				+ ", extensionProposedOn=" + this.extensionProposedOn + ", outcome=" + this.outcomeRow + ", closedOn="
				+ this.closedOn;
	}

	// fees, appeals, assignment

	/** The day the fee notice was received, if the clock stands still for it. */
	@Column(name = "fee_pause_from")
	private LocalDate feePauseFrom;

	/** The day the fee was paid or waived, or {@code null} while waiting. */
	@Column(name = "fee_pause_until")
	private LocalDate feePauseUntil;

	/** The applicant's document number or credit code: fees cumulate on it. */
	public String idNumber() {
		return this.idNumber;
	}

	public String assignee() {
		return this.assignee;
	}

	/** Assigns the case to a clerk of its agency. */
	public void assignTo(String clerk, LocalDate on, String by, Instant now) {
		this.assignee = clerk;
		log("assigned", on, by, clerk, now);
	}

	/** 国办函〔2020〕109号: a fee notice was received on {@code on}. */
	public void feeNoticed(LocalDate on, boolean pausesClock, String by, String detail, Instant now) {
		if (pausesClock) {
			this.feePauseFrom = on;
			this.feePauseUntil = null;
		}
		assign(by);
		log("fee-notice", on, by, detail, now);
	}

	/** The fee was paid or waived on {@code on}: the clock runs again the next day. */
	public void feeSettled(String kind, LocalDate on, String by, String detail, Instant now) {
		if (this.feePauseFrom != null) {
			this.feePauseUntil = on;
		}
		log(kind, on, by, detail, now);
	}

	/**
	 * Closes the case without an answer on its merits: deemed abandoned (art. 30, no
	 * correction; 国办函〔2020〕109号, fee unpaid). No leader's approval: the law decides.
	 */
	public void closeAs(Outcome outcome, String kind, LocalDate on, String by, Instant now) {
		this.outcomeRow = outcome.row();
		this.decidedOn = on;
		this.decidedBy = by;
		log(kind, on, by, outcome.row(), now);
		close(on, now);
	}

	/** A line on the case's event log for something kept elsewhere (an appeal). */
	public void note(String kind, LocalDate on, String by, String detail, Instant now) {
		log(kind, on, by, detail, now);
	}

	public void attachIdentityProof(String sha256, String fileName, String mediaType, long size) {
		this.idProofSha256 = sha256;
		this.idProofName = fileName;
		this.idProofType = mediaType;
		this.idProofSize = size;
	}

	public String identityProofSha256() {
		return this.idProofSha256;
	}

	public IdentityProof identityProof() {
		return (this.idProofSha256 != null) ? new IdentityProof(this.idProofName, this.idProofType, this.idProofSize)
				: null;
	}

	// delivery and notices

	/** The applicant's e-mail address, or {@code null}. */
	public String email() {
		return this.email;
	}

	/** The applicant's phone number, or {@code null}. */
	public String phone() {
		return this.phone;
	}

	/**
	 * How the applicant asked to get the information (art. 29), or {@code null} for a
	 * case taken over from a register, which records no wish.
	 */
	public Delivery delivery() {
		return this.delivery;
	}

	/**
	 * Whether the information a disclosure delivers is offered for download on the
	 * tracking page: when the applicant chose to get it online, or asked for it by e-mail
	 * (the download is the copy should the e-mail not arrive), or recorded no wish.
	 * Chosen by post or to pick up only, it is provided that way instead (art. 40: the
	 * office provides the information in the way the applicant asked for).
	 */
	public boolean downloadsDelivered() {
		return this.delivery == null || this.delivery == Delivery.ONLINE || wantsEmail();
	}

	/** Whether the applicant asked for the information by e-mail (art. 29). */
	public boolean wantsEmail() {
		return this.formats != null && Arrays.asList(this.formats.split(",")).contains(InformationFormat.EMAIL.name());
	}

}
