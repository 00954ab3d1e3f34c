package org.gongkai.request.intake;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencySummary;
import org.gongkai.village.VillageProperties;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.SerialNumbers;
import org.gongkai.platform.Sha256;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.Channel;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestReceived;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake of applications (Regulations arts. 29 and 31): online by the public, on paper
 * and in person by the agency's clerks, with the identity proof, and the confirmation of
 * receipt that starts the clock.
 *
 * <p>
 * Tracking numbers read {@code YSQ-<year>-<agency id>-<serial>}: the year of submission
 * (the platform's time zone), the receiving agency's id, and a gap-free serial per agency
 * and year, at least five digits ({@code YSQ-2026-42-00017}). Agency ids are unique, so
 * the numbers are unique platform-wide.
 */
@Service
public class RequestIntake {

	/** The serial number series of tracking numbers. */
	public static final String SERIES = "tracking-number";

	/** Query code characters: no 0/O, 1/I/L, so a code read aloud or copied survives. */
	private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	static final int CODE_LENGTH = 8;

	/** Identity proofs: a scan or photo of the document, or a PDF; 5 MB at most. */
	static final UploadPolicy IDENTITY_PROOF = new UploadPolicy(5L * 1024 * 1024,
			Set.of(Uploads.PDF, Uploads.PNG, Uploads.JPEG), 0);

	private final SecureRandom random = new SecureRandom();

	private final DisclosureRequests cases;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final Uploads uploads;

	private final ApplicationEventPublisher events;

	private final CaseFiles files;

	private final VillageProperties villages;

	private final ApplicationsReceived received;

	RequestIntake(DisclosureRequests cases, AgencyManagement agencies, AgencyAccess access, SerialNumbers serials,
			AuditLog audit, Uploads uploads, ApplicationEventPublisher events, CaseFiles files,
			VillageProperties villages, ApplicationsReceived received) {
		this.villages = villages;
		this.received = received;
		this.cases = cases;
		this.agencies = agencies;
		this.access = access;
		this.serials = serials;
		this.audit = audit;
		this.uploads = uploads;
		this.events = events;
		this.files = files;
	}

	/**
	 * The agency an online application goes to.
	 * @throws NotFoundException if no agency has that code
	 * @throws RuleViolationException {@code request.village.not-accepted} for a village
	 * or community, which takes no applications under the Regulations unless the
	 * installation turned it on (docs/legal-rules.md, Village affairs)
	 */
	private AgencyDetails receiving(String creditCode) {
		AgencyDetails agency = this.agencies.findByCreditCode((creditCode != null) ? creditCode.strip() : "")
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		refuseVillage(agency);
		return agency;
	}

	/**
	 * Refuses an application to a village or community unless the installation lets them
	 * take applications ({@code gongkai.village.accepts-requests}): village committees
	 * are not administrative organs, their disclosure is village affairs (Organic Law of
	 * Villagers' Committees art. 30); the message names the township to ask.
	 * @throws RuleViolationException {@code request.village.not-accepted}
	 */
	public void refuseVillage(AgencyDetails agency) {
		AgencySummary summary = agency.summary();
		if (this.villages.refusesRequests(summary.level())) {
			String township = (summary.parentId() != null) ? this.agencies.details(summary.parentId()).summary().name()
					: "";
			throw new RuleViolationException("request.village.not-accepted", "Village takes no OGI applications",
					summary.name(), township);
		}
	}

	/**
	 * Stores an online application from the public. It awaits the office's confirmation
	 * (Regulations art. 31): no receipt date, no clock yet. The receipt is returned only
	 * once the transaction has committed, so a number shown to the applicant is never
	 * lost.
	 * @param creditCode the receiving agency's credit code
	 * @throws NotFoundException if no agency has that code
	 * @throws RuleViolationException naming the first invalid field
	 */
	@Transactional
	public Receipt apply(String creditCode, ApplicationForm form) {
		AgencyDetails agency = receiving(creditCode);
		ValidApplication application = ValidApplication.of(form);
		return store(agency.summary().id(), application, Channel.ONLINE, null, "public");
	}

	/**
	 * Stores an online application with the applicant's identity proof (art. 29): the
	 * form is checked first, then the file by its content (PDF, PNG or JPEG, at most 5
	 * MB); nothing is stored if either is refused.
	 * @param proof the uploaded bytes, or {@code null} for none
	 * @param proofName the file's name as uploaded
	 * @throws RuleViolationException naming the first invalid field, or {@code upload.*}
	 * for a refused file
	 */
	@Transactional
	public Receipt apply(String creditCode, ApplicationForm form, InputStream proof, String proofName) {
		AgencyDetails agency = receiving(creditCode);
		ValidApplication application = ValidApplication.of(form);
		StoredUpload upload = (proof != null) ? this.uploads.store(proof, proofName, IDENTITY_PROOF) : null;
		Receipt receipt = store(agency.summary().id(), application, Channel.ONLINE, null, "public");
		if (upload != null) {
			DisclosureRequest request = this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow();
			request.attachIdentityProof(upload.sha256(), upload.fileName(), upload.mediaType(), upload.size());
			this.audit.record(AuditRecord.of("request.identity-proof-attached", "DisclosureRequest", request.id())
				.withAgency(request.agencyId())
				.withActor("public")
				.withAfter("sha256=" + upload.sha256() + ", type=" + upload.mediaType() + ", size=" + upload.size()));
		}
		return receipt;
	}

	/**
	 * The identity proof of a case, if the applicant uploaded one, for staff who may see
	 * its agency.
	 */
	@Transactional(readOnly = true)
	public Optional<IdentityProof> identityProof(long caseId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.requireVisible(request.agencyId());
		return Optional.ofNullable(request.identityProof());
	}

	/**
	 * Opens the identity proof of a case for download by staff who may see its agency.
	 * @throws NotFoundException if the case has none
	 */
	@Transactional(readOnly = true)
	public IdentityProofFile openIdentityProof(long caseId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.requireVisible(request.agencyId());
		IdentityProof proof = request.identityProof();
		if (proof == null) {
			throw new NotFoundException("No identity proof on case " + caseId);
		}
		return new IdentityProofFile(proof, this.uploads.open(request.identityProofSha256()));
	}

	/**
	 * Registers an application a clerk received in person, by post, fax, e-mail or
	 * orally. Fax applications, like online ones, await confirmation (art. 31); the
	 * others are received on {@code receivedOn}.
	 * @param receivedOn the art. 31 receipt date, not in the future (ignored for fax)
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 */
	@Transactional
	public Receipt registerWalkIn(long agencyId, ApplicationForm form, Channel channel, LocalDate receivedOn) {
		this.access.require(Role.CLERK, agencyId);
		if (channel == null || channel == Channel.ONLINE || channel == Channel.IMPORTED) {
			throw new RuleViolationException("request.channel.invalid", "Staff intake needs an offline channel");
		}
		ValidApplication application = ValidApplication.of(form);
		LocalDate received = null;
		if (channel != Channel.FAX) {
			if (receivedOn == null || receivedOn.isAfter(this.files.today())) {
				throw new RuleViolationException("request.received-on.invalid", "Receipt date missing or future");
			}
			// A receipt date more than a year back is a typing error, not a late
			// registration.
			if (receivedOn.isBefore(this.files.today().minusYears(1))) {
				throw new RuleViolationException("request.received-on.too-old", "Receipt date over a year ago",
						this.files.today().minusYears(1));
			}
			received = receivedOn;
		}
		return store(agencyId, application, channel, received, null);
	}

	/**
	 * Confirms receipt of an online or fax application: today (the platform's time zone)
	 * becomes the receipt date and the clock starts (Regulations art. 31).
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the case is not awaiting confirmation
	 */
	@Transactional
	public void confirm(long caseId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.AWAITING_CONFIRMATION) {
			throw new RuleViolationException("request.confirm.not-awaiting", "Case " + caseId + " already received");
		}
		String before = request.auditSummary();
		request.confirm(this.files.today(), this.files.now());
		request.noteDue(this.files.read(request).due());
		this.audit.record(AuditRecord.of("request.confirmed", "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withBefore(before)
			.withAfter(request.auditSummary()));
		this.events.publishEvent(new RequestReceived(request.id(), request.agencyId(), request.receivedOn()));
	}

	private Receipt store(long agencyId, ValidApplication application, Channel channel, LocalDate receivedOn,
			String actor) {
		Instant now = this.files.now();
		int year = this.files.today().getYear();
		long serial = this.serials.next(SERIES, agencyId, year);
		String trackingNo = String.format(Locale.ROOT, "YSQ-%d-%d-%05d", year, agencyId, serial);
		String code = newCode();
		DisclosureRequest fresh = new DisclosureRequest(agencyId, trackingNo, hash(trackingNo, code), application,
				channel, now, receivedOn);
		fresh.noteDue(this.files.read(fresh).due());
		DisclosureRequest request = this.cases.save(fresh);
		AuditRecord record = AuditRecord.of("request.applied", "DisclosureRequest", request.id())
			.withAgency(agencyId)
			.withAfter(request.auditSummary());
		this.audit.record((actor != null) ? record.withActor(actor) : record);
		this.received.stored(channel);
		if (receivedOn != null) {
			this.events.publishEvent(new RequestReceived(request.id(), agencyId, receivedOn));
		}
		return new Receipt(trackingNo, code);
	}

	private String newCode() {
		char[] code = new char[CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[this.random.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

	/** SHA-256 of the code salted with its tracking number, in hex. */
	public static String hash(String trackingNo, String code) {
		return Sha256.hex(trackingNo + ":" + code);
	}

}
