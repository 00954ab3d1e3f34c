package org.gongkai.activities;

import java.util.List;

import org.gongkai.agency.AgencySummary;

/**
 * An agency's organisation of the disclosure work in a year.
 *
 * @param id the identifier
 * @param agency the agency
 * @param year the year
 * @param officeName the disclosure office (工作机构)
 * @param officePhone its phone, or {@code null}
 * @param leaderName the responsible leader (分管领导)
 * @param leaderPost the leader's post
 * @param group the leading group, 组长 first, then 副组长, then 成员
 * @param fullTime full-time staff
 * @param partTime part-time staff
 * @param fullTimeNames their names, one a line, or {@code null} (never public)
 * @param partTimeNames their names, one a line, or {@code null} (never public)
 * @param documentNo the document's number (文号), or {@code null}
 * @param documentName the uploaded document's file name, or {@code null}
 */
public record OrganisationView(long id, AgencySummary agency, int year, String officeName, String officePhone,
		String leaderName, String leaderPost, List<GroupMember> group, int fullTime, int partTime, String fullTimeNames,
		String partTimeNames, String documentNo, String documentName) {

	/** The members of the group in this role. */
	public List<GroupMember> inRole(GroupRole role) {
		return this.group.stream().filter((m) -> m.role() == role).toList();
	}

	/**
	 * What the public guide may show: the work body, its leader and group, no staff
	 * names.
	 */
	public PublicOrganisation publicPart() {
		return new PublicOrganisation(this.year, this.officeName, this.officePhone, this.leaderName, this.leaderPost,
				inRole(GroupRole.LEADER), inRole(GroupRole.DEPUTY), inRole(GroupRole.MEMBER), this.fullTime,
				this.partTime, this.documentNo);
	}

	/**
	 * The part of the organisation the public guide shows.
	 *
	 * @param year the year
	 * @param officeName the disclosure office
	 * @param officePhone its phone, or {@code null}
	 * @param leaderName the responsible leader
	 * @param leaderPost the leader's post
	 * @param leaders the group's 组长
	 * @param deputies its 副组长
	 * @param members its 成员
	 * @param fullTime full-time staff, counted
	 * @param partTime part-time staff, counted
	 * @param documentNo the establishing document's number, or {@code null}
	 */
	public record PublicOrganisation(int year, String officeName, String officePhone, String leaderName,
			String leaderPost, List<GroupMember> leaders, List<GroupMember> deputies, List<GroupMember> members,
			int fullTime, int partTime, String documentNo) {

	}

}
