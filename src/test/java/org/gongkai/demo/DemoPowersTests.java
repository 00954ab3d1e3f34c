package org.gongkai.demo;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.powers.ChangeNote;
import org.gongkai.powers.PowerLists;
import org.gongkai.powers.VersionView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo township's power list: version 2 of twelve powers, with its change note
 * against version 1 (two added, one changed, one removed).
 */
@SpringBootTest(properties = "gongkai.demo=true")
class DemoPowersTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	PowerLists lists;

	@Test
	void theTownshipPublishedVersionTwoWithAChangeNote() {
		long hexi = this.agencies.findByCreditCode(DemoPowers.HEXI).orElseThrow().summary().id();
		VersionView current = this.lists.currentVersion(hexi).orElseThrow();
		assertThat(current.number()).isEqualTo(2);
		assertThat(current.powers()).hasSize(12);
		assertThat(current.remark()).isNotEmpty();
		ChangeNote note = current.changes();
		assertThat(note.previousNumber()).isEqualTo(1);
		assertThat(note.added()).containsExactly("特困人员救助供养审核确认", "对乡村振兴工作中成绩突出的集体和个人的表彰奖励");
		assertThat(note.changed()).extracting(ChangeNote.ChangedPower::name).containsExactly("农村村民宅基地审批");
		assertThat(note.changed().get(0).fields()).containsExactly("legalBasis", "unit", "process");
		assertThat(note.removed()).containsExactly("农村五保供养审批");
		assertThat(this.lists.versions(hexi)).hasSize(2);
	}

}
