package org.gongkai.activities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/** An agency's organisation of the disclosure work in a year. */
@Entity
@Table(name = "act_organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "org_year")
	private int year;

	@Column(name = "office_name")
	private String officeName;

	@Column(name = "office_phone")
	private String officePhone;

	@Column(name = "leader_name")
	private String leaderName;

	@Column(name = "leader_post")
	private String leaderPost;

	@Column(name = "full_time")
	private int fullTime;

	@Column(name = "part_time")
	private int partTime;

	@Column(name = "full_time_names")
	private String fullTimeNames;

	@Column(name = "part_time_names")
	private String partTimeNames;

	@Column(name = "document_no")
	private String documentNo;

	@Column(name = "document_sha256")
	private String documentSha256;

	@Column(name = "document_type")
	private String documentType;

	@Column(name = "document_name")
	private String documentName;

	@ElementCollection
	@CollectionTable(name = "act_group_member", joinColumns = @JoinColumn(name = "organisation_id"))
	@OrderColumn(name = "position")
	private List<Member> group = new ArrayList<>();

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(long agencyId, int year) {
		this.agencyId = agencyId;
		this.year = year;
	}

	/** The organisation's fields once checked. */
	record Parsed(String officeName, String officePhone, String leaderName, String leaderPost, List<GroupMember> group,
			int fullTime, int partTime, String fullTimeNames, String partTimeNames, String documentNo) {

	}

	void set(Parsed parsed, String by, Instant at) {
		this.officeName = parsed.officeName();
		this.officePhone = parsed.officePhone();
		this.leaderName = parsed.leaderName();
		this.leaderPost = parsed.leaderPost();
		this.group.clear();
		for (GroupMember m : parsed.group()) {
			this.group.add(new Member(m.role(), m.name(), m.post()));
		}
		this.fullTime = parsed.fullTime();
		this.partTime = parsed.partTime();
		this.fullTimeNames = parsed.fullTimeNames();
		this.partTimeNames = parsed.partTimeNames();
		this.documentNo = parsed.documentNo();
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** The same organisation for another year (the document's file goes with it). */
	Organisation copyFor(int year, String by, Instant at) {
		Organisation copy = new Organisation(this.agencyId, year);
		copy.set(parsed(), by, at);
		copy.document(this.documentSha256, this.documentType, this.documentName);
		return copy;
	}

	Parsed parsed() {
		return new Parsed(this.officeName, this.officePhone, this.leaderName, this.leaderPost, members(), this.fullTime,
				this.partTime, this.fullTimeNames, this.partTimeNames, this.documentNo);
	}

	void document(String sha256, String mediaType, String fileName) {
		this.documentSha256 = sha256;
		this.documentType = mediaType;
		this.documentName = fileName;
	}

	List<GroupMember> members() {
		return this.group.stream().map((m) -> new GroupMember(m.role, m.name, m.post)).toList();
	}

	String auditSummary() {
		return "year=" + this.year + ", office=" + this.officeName + ", leader=" + this.leaderName + ", group="
				+ this.group.size() + ", fullTime=" + this.fullTime + ", partTime=" + this.partTime + ", documentNo="
				+ this.documentNo + ", document=" + this.documentSha256;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	int year() {
		return this.year;
	}

	String officeName() {
		return this.officeName;
	}

	String officePhone() {
		return this.officePhone;
	}

	String leaderName() {
		return this.leaderName;
	}

	String leaderPost() {
		return this.leaderPost;
	}

	int fullTime() {
		return this.fullTime;
	}

	int partTime() {
		return this.partTime;
	}

	String fullTimeNames() {
		return this.fullTimeNames;
	}

	String partTimeNames() {
		return this.partTimeNames;
	}

	String documentNo() {
		return this.documentNo;
	}

	String documentSha256() {
		return this.documentSha256;
	}

	String documentType() {
		return this.documentType;
	}

	String documentName() {
		return this.documentName;
	}

	/** A member of the leading group. */
	@Embeddable
	static class Member {

		@Enumerated(EnumType.STRING)
		@Column(name = "group_role")
		private GroupRole role;

		private String name;

		private String post;

		protected Member() {
		}

		Member(GroupRole role, String name, String post) {
			this.role = role;
			this.name = name;
			this.post = post;
		}

	}

}
