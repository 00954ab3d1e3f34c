package org.gongkai.activities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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

/** An activity an agency held, with its photos, sign-in sheet and attending agencies. */
@Entity
@Table(name = "act_activity")
class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Enumerated(EnumType.STRING)
	private ActivityKind kind;

	private String title;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private String place;

	private String organiser;

	private String description;

	private int materials;

	private int advised;

	private int attendees;

	@Column(name = "attendee_list")
	private String attendeeList;

	private String trainer;

	private BigDecimal hours;

	@Column(name = "sheet_sha256")
	private String sheetSha256;

	@Column(name = "sheet_type")
	private String sheetType;

	@Column(name = "sheet_name")
	private String sheetName;

	@ElementCollection
	@CollectionTable(name = "act_photo", joinColumns = @JoinColumn(name = "activity_id"))
	@OrderColumn(name = "position")
	private List<Photo> photos = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "act_attending", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "agency_id")
	private Set<Long> attending = new LinkedHashSet<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Activity() {
	}

	Activity(long agencyId, Parsed parsed, String createdBy, Instant createdAt) {
		this.agencyId = agencyId;
		this.kind = parsed.kind();
		this.title = parsed.title();
		this.heldOn = parsed.heldOn();
		this.endsOn = parsed.endsOn();
		this.place = parsed.place();
		this.organiser = parsed.organiser();
		this.description = parsed.description();
		this.materials = parsed.materials();
		this.advised = parsed.advised();
		this.attendees = parsed.attendees();
		this.attendeeList = parsed.attendeeList();
		this.trainer = parsed.trainer();
		this.hours = parsed.hours();
		this.attending.addAll(parsed.attending());
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** An activity's fields once checked. */
	record Parsed(ActivityKind kind, String title, LocalDate heldOn, LocalDate endsOn, String place, String organiser,
			String description, int materials, int advised, int attendees, String attendeeList, String trainer,
			BigDecimal hours, Set<Long> attending) {

	}

	void addPhoto(String sha256, String mediaType, String fileName, long size) {
		this.photos.add(new Photo(sha256, mediaType, fileName, size));
	}

	void sheet(String sha256, String mediaType, String fileName) {
		this.sheetSha256 = sha256;
		this.sheetType = mediaType;
		this.sheetName = fileName;
	}

	String auditSummary() {
		return "kind=" + this.kind + ", heldOn=" + this.heldOn + ", title=" + this.title + ", materials="
				+ this.materials + ", advised=" + this.advised + ", attendees=" + this.attendees + ", photos="
				+ this.photos.size() + ", sheet=" + this.sheetSha256 + ", attending=" + this.attending;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	ActivityKind kind() {
		return this.kind;
	}

	String title() {
		return this.title;
	}

	LocalDate heldOn() {
		return this.heldOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	String place() {
		return this.place;
	}

	String organiser() {
		return this.organiser;
	}

	String description() {
		return this.description;
	}

	int materials() {
		return this.materials;
	}

	int advised() {
		return this.advised;
	}

	int attendees() {
		return this.attendees;
	}

	String attendeeList() {
		return this.attendeeList;
	}

	String trainer() {
		return this.trainer;
	}

	BigDecimal hours() {
		return this.hours;
	}

	String sheetSha256() {
		return this.sheetSha256;
	}

	String sheetType() {
		return this.sheetType;
	}

	String sheetName() {
		return this.sheetName;
	}

	List<Photo> photos() {
		return this.photos;
	}

	Set<Long> attending() {
		return this.attending;
	}

	String createdBy() {
		return this.createdBy;
	}

	/** A photo of an activity, in the object store. */
	@Embeddable
	static class Photo {

		private String sha256;

		@Column(name = "media_type")
		private String mediaType;

		@Column(name = "file_name")
		private String fileName;

		@Column(name = "size_bytes")
		private long size;

		protected Photo() {
		}

		Photo(String sha256, String mediaType, String fileName, long size) {
			this.sha256 = sha256;
			this.mediaType = mediaType;
			this.fileName = fileName;
			this.size = size;
		}

		String sha256() {
			return this.sha256;
		}

		String mediaType() {
			return this.mediaType;
		}

		String fileName() {
			return this.fileName;
		}

		long size() {
			return this.size;
		}

	}

}
