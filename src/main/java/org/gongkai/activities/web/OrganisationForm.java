package org.gongkai.activities.web;

import org.gongkai.activities.GroupRole;
import org.gongkai.activities.OrganisationInput;
import org.gongkai.activities.OrganisationView;
import org.gongkai.activities.rules.PersonLines;

/** The organisation form as typed. */
record OrganisationForm(String officeName, String officePhone, String leaderName, String leaderPost, String groupLeader,
		String deputies, String members, String fullTime, String partTime, String fullTimeNames, String partTimeNames,
		String documentNo) {

	static OrganisationForm blank() {
		return new OrganisationForm("", "", "", "", "", "", "", "0", "0", "", "", "");
	}

	static OrganisationForm of(OrganisationView o) {
		return new OrganisationForm(o.officeName(), nz(o.officePhone()), o.leaderName(), o.leaderPost(),
				lines(o, GroupRole.LEADER), lines(o, GroupRole.DEPUTY), lines(o, GroupRole.MEMBER),
				String.valueOf(o.fullTime()), String.valueOf(o.partTime()), nz(o.fullTimeNames()),
				nz(o.partTimeNames()), nz(o.documentNo()));
	}

	OrganisationInput input() {
		return new OrganisationInput(this.officeName, this.officePhone, this.leaderName, this.leaderPost,
				this.groupLeader, this.deputies, this.members, this.fullTime, this.partTime, this.fullTimeNames,
				this.partTimeNames, this.documentNo);
	}

	private static String lines(OrganisationView o, GroupRole role) {
		return PersonLines
			.write(o.inRole(role).stream().map((m) -> new PersonLines.Person(m.name(), m.post())).toList());
	}

	private static String nz(String value) {
		return (value != null) ? value : "";
	}

}
