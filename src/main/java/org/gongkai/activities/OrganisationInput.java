package org.gongkai.activities;

/**
 * An agency's organisation of a year as typed.
 *
 * @param officeName the disclosure office (工作机构), e.g. 党政综合办公室
 * @param officePhone its phone (optional)
 * @param leaderName the responsible leader (分管领导)
 * @param leaderPost the leader's post
 * @param groupLeader the leading group's 组长: one line, name and post
 * @param deputies 副组长, one a line, name and post
 * @param members 成员, one a line, name and post
 * @param fullTime full-time staff (专职人员), a count
 * @param partTime part-time staff (兼职人员), a count
 * @param fullTimeNames their names, one a line (never public)
 * @param partTimeNames their names, one a line (never public)
 * @param documentNo the number of the document establishing them (文号), optional
 */
public record OrganisationInput(String officeName, String officePhone, String leaderName, String leaderPost,
		String groupLeader, String deputies, String members, String fullTime, String partTime, String fullTimeNames,
		String partTimeNames, String documentNo) {

}
