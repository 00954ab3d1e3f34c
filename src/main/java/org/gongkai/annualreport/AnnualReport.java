package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.audit.AuditRecord;

/** One agency's report for one year: what people write, and the tables once frozen. */
@Entity
@Table(name = "ar_report")
class AnnualReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "report_year")
	private int year;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private String overview;

	private String problems;

	@Column(name = "other_matters")
	private String otherMatters;

	private Long licensing;

	private Long penalties;

	private Long enforcement;

	@Column(name = "fees_wan")
	private BigDecimal feesWan;

	/** Last year's row 四 from a report made outside the system: 7 numbers, commas. */
	@Column(name = "prior_carry_out")
	private String priorCarryOut;

	private int edition;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "ar_frozen_cell", joinColumns = @JoinColumn(name = "report_id"))
	private List<FrozenCell> frozen = new ArrayList<>();

	@Version
	private long version;

	protected AnnualReport() {
	}

	AnnualReport(long agencyId, int year, Instant now) {
		this.agencyId = agencyId;
		this.year = year;
		this.status = ReportStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	int year() {
		return this.year;
	}

	ReportStatus status() {
		return this.status;
	}

	boolean published() {
		return this.status == ReportStatus.PUBLISHED;
	}

	Narrative narrative() {
		return new Narrative(this.overview, this.problems, this.otherMatters);
	}

	Entries entries() {
		return new Entries(this.licensing, this.penalties, this.enforcement, this.feesWan, priorCarryOut());
	}

	long[] priorCarryOut() {
		if (this.priorCarryOut == null || this.priorCarryOut.isBlank()) {
			return null;
		}
		String[] parts = this.priorCarryOut.split(",");
		long[] numbers = new long[parts.length];
		for (int i = 0; i < parts.length; i++) {
			numbers[i] = Long.parseLong(parts[i].strip());
		}
		return numbers;
	}

	void write(Narrative narrative, Instant now) {
		this.overview = narrative.overview();
		this.problems = narrative.problems();
		this.otherMatters = narrative.otherMatters();
		this.updatedAt = now;
	}

	void enter(Entries entries, Instant now) {
		this.licensing = entries.licensing();
		this.penalties = entries.penalties();
		this.enforcement = entries.enforcement();
		this.feesWan = entries.feesWan();
		long[] prior = entries.priorCarryOut();
		this.priorCarryOut = (prior == null) ? null
				: String.join(",", java.util.Arrays.stream(prior).mapToObj(Long::toString).toList());
		this.updatedAt = now;
	}

	/** Freezes the tables; a later call (a corrected edition) replaces them. */
	void publish(List<FrozenCell> cells, LocalDate on, String by, Instant now) {
		this.frozen.clear();
		this.frozen.addAll(cells);
		this.status = ReportStatus.PUBLISHED;
		this.edition++;
		this.publishedOn = (this.publishedOn == null) ? on : this.publishedOn;
		this.publishedAt = now;
		this.publishedBy = by;
		this.updatedAt = now;
	}

	List<FrozenCell> frozen() {
		return this.frozen;
	}

	int edition() {
		return this.edition;
	}

	/** The day first published. */
	LocalDate publishedOn() {
		return this.publishedOn;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

	String publishedBy() {
		return this.publishedBy;
	}

	/**
	 * An audit entry of {@code action} on this report, from {@code before} (or nothing)
	 * to now.
	 */
	AuditRecord audited(String action, String before) {
		AuditRecord record = AuditRecord.of(action, "AnnualReport", id()).withAgency(agencyId());
		return ((before != null) ? record.withBefore(before) : record).withAfter(auditSummary());
	}

	String auditSummary() {
		return "agencyId=" + this.agencyId + ", year=" + this.year + ", status=" + this.status + ", edition="
				+ this.edition + ", entries=" + this.licensing + "/" + this.penalties + "/" + this.enforcement + "/"
				+ this.feesWan + ", priorCarryOut=" + this.priorCarryOut + ", narrative=" + length(this.overview) + "/"
				+ length(this.problems) + "/" + length(this.otherMatters) + " chars";
	}

	private static int length(String text) {
		return (text != null) ? text.length() : 0;
	}

}
