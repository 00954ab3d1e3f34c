package org.gongkai.mailbox.letter;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.ReplyMode;
import org.gongkai.mailbox.ReplyVisibility;

/**
 * A letter to a mailbox, from receipt to its reply. The due date is derived from the
 * receipt date and the reply days on the working-day calendar, never stored.
 */
@Entity
@Table(name = "mbx_letter")
class Letter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "mailbox_id")
	private long mailboxId;

	/** The agency the writer wrote to. */
	@Column(name = "receiving_agency_id")
	private long receivingAgencyId;

	/** The agency now holding the letter (changes on a forward). */
	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "tracking_no")
	private String trackingNo;

	@Column(name = "query_code_hash")
	private String queryCodeHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "letter_type")
	private LetterType type;

	private String subject;

	private String body;

	@Column(name = "writer_name")
	private String writerName;

	private String phone;

	private String email;

	@Column(name = "public_consent")
	private boolean publicConsent;

	private boolean flagged;

	@Column(name = "question_withheld")
	private boolean questionWithheld;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "reply_days")
	private int replyDays;

	@Column(name = "extension_days")
	private int extensionDays;

	@Column(name = "extension_reason")
	private String extensionReason;

	/** The due date last logged; only a calendar change compares it. */
	@Column(name = "last_due_on")
	private LocalDate lastDueOn;

	@Enumerated(EnumType.STRING)
	private LetterStatus status;

	private String assignee;

	@Column(name = "reply_text")
	private String replyText;

	@Enumerated(EnumType.STRING)
	@Column(name = "reply_visibility")
	private ReplyVisibility replyVisibility;

	@Column(name = "replied_on")
	private LocalDate repliedOn;

	@Column(name = "replied_by")
	private String repliedBy;

	@Enumerated(EnumType.STRING)
	private Rating rating;

	@Column(name = "request_tracking_no")
	private String requestTrackingNo;

	@Column(name = "from_request_case_id")
	private Long fromRequestCaseId;

	@Column(name = "from_request_no")
	private String fromRequestNo;

	@Enumerated(EnumType.STRING)
	private LetterChannel channel = LetterChannel.WEBSITE;

	@Column(name = "channel_account_id")
	private Long channelAccountId;

	@Column(name = "channel_account")
	private String channelAccount;

	@Column(name = "registered_by")
	private String registeredBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "reply_mode")
	private ReplyMode replyMode;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Letter() {
	}

	Letter(long mailboxId, long agencyId, String trackingNo, String queryCodeHash, ValidLetter letter, boolean flagged,
			Instant now, LocalDate receivedOn, int replyDays) {
		this.mailboxId = mailboxId;
		this.receivingAgencyId = agencyId;
		this.agencyId = agencyId;
		this.trackingNo = trackingNo;
		this.queryCodeHash = queryCodeHash;
		this.type = letter.type();
		this.subject = letter.subject();
		this.body = letter.body();
		this.writerName = letter.name();
		this.phone = letter.phone();
		this.email = letter.email();
		this.publicConsent = letter.publicConsent();
		this.flagged = flagged;
		// a flagged letter's question stays off the portal until a moderator releases it
		this.questionWithheld = flagged;
		this.submittedAt = now;
		this.receivedOn = receivedOn;
		this.replyDays = replyDays;
		this.status = LetterStatus.RECEIVED;
		this.updatedAt = now;
	}

	long id() {
		return this.id;
	}

	long mailboxId() {
		return this.mailboxId;
	}

	long agencyId() {
		return this.agencyId;
	}

	long receivingAgencyId() {
		return this.receivingAgencyId;
	}

	String trackingNo() {
		return this.trackingNo;
	}

	String queryCodeHash() {
		return this.queryCodeHash;
	}

	LetterType type() {
		return this.type;
	}

	String subject() {
		return this.subject;
	}

	String body() {
		return this.body;
	}

	String writerName() {
		return this.writerName;
	}

	String phone() {
		return this.phone;
	}

	String email() {
		return this.email;
	}

	boolean publicConsent() {
		return this.publicConsent;
	}

	boolean flagged() {
		return this.flagged;
	}

	boolean questionWithheld() {
		return this.questionWithheld;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	LocalDate receivedOn() {
		return this.receivedOn;
	}

	int periodDays() {
		return this.replyDays + this.extensionDays;
	}

	int extensionDays() {
		return this.extensionDays;
	}

	String extensionReason() {
		return this.extensionReason;
	}

	LetterStatus status() {
		return this.status;
	}

	String assignee() {
		return this.assignee;
	}

	String replyText() {
		return this.replyText;
	}

	ReplyVisibility replyVisibility() {
		return this.replyVisibility;
	}

	LocalDate repliedOn() {
		return this.repliedOn;
	}

	String repliedBy() {
		return this.repliedBy;
	}

	Rating rating() {
		return this.rating;
	}

	String requestTrackingNo() {
		return this.requestTrackingNo;
	}

	String fromRequestNo() {
		return this.fromRequestNo;
	}

	LetterChannel channel() {
		return (this.channel != null) ? this.channel : LetterChannel.WEBSITE;
	}

	String channelAccount() {
		return this.channelAccount;
	}

	String registeredBy() {
		return this.registeredBy;
	}

	ReplyMode replyMode() {
		return this.replyMode;
	}

	/**
	 * Records that staff registered the letter from another channel than the website.
	 */
	void cameBy(LetterChannel channel, Long accountId, String accountLabel, String by) {
		this.channel = channel;
		this.channelAccountId = accountId;
		this.channelAccount = accountLabel;
		this.registeredBy = by;
	}

	LocalDate lastDueOn() {
		return this.lastDueOn;
	}

	void noteDue(LocalDate due) {
		this.lastDueOn = due;
	}

	void assign(String username, Instant now) {
		this.assignee = username;
		this.status = LetterStatus.ASSIGNED;
		this.updatedAt = now;
	}

	void forward(long toAgencyId, Instant now) {
		this.agencyId = toAgencyId;
		this.assignee = null;
		this.status = LetterStatus.RECEIVED;
		this.updatedAt = now;
	}

	void extend(int days, String reason, Instant now) {
		this.extensionDays = days;
		this.extensionReason = reason;
		this.updatedAt = now;
	}

	void reply(String text, ReplyVisibility visibility, ReplyMode mode, LocalDate on, String by, Instant now) {
		this.replyText = text;
		this.replyMode = mode;
		this.replyVisibility = visibility;
		this.repliedOn = on;
		this.repliedBy = by;
		this.status = LetterStatus.REPLIED;
		this.updatedAt = now;
	}

	void withholdQuestion(boolean withheld, Instant now) {
		this.questionWithheld = withheld;
		this.updatedAt = now;
	}

	void rate(Rating rating, Instant now) {
		this.rating = rating;
		this.updatedAt = now;
	}

	void convert(String requestTrackingNo, LocalDate on, Instant now) {
		this.requestTrackingNo = requestTrackingNo;
		this.repliedOn = on;
		this.status = LetterStatus.CONVERTED;
		this.updatedAt = now;
	}

	void cameFromRequest(long caseId, String trackingNo) {
		this.fromRequestCaseId = caseId;
		this.fromRequestNo = trackingNo;
	}

	String auditSummary() {
		return "status=" + this.status + ", agency=" + this.agencyId + ", channel=" + channel() + ", type=" + this.type
				+ ", received=" + this.receivedOn + ", replyMode=" + this.replyMode + ", assignee=" + this.assignee
				+ ", extension=" + this.extensionDays + ", visibility=" + this.replyVisibility + ", withheld="
				+ this.questionWithheld + ", rating=" + this.rating + ", request=" + this.requestTrackingNo;
	}

}
