package org.gongkai.demo;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.mailbox.consultation.PolicyConsultations;
import org.gongkai.mailbox.letter.AgencyMailboxes;
import org.gongkai.mailbox.letter.MailboxView;
import org.gongkai.mailbox.letter.PublicReplies;
import org.gongkai.mailbox.letter.PublicReply;
import org.gongkai.mailbox.letter.ReplyFigures;
import org.gongkai.mailbox.letter.ReplyStatistics;
import org.gongkai.mailbox.survey.Surveys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo county's interaction column (same context as the demo county's tests): public
 * replies listed, private ones not, the open letter still open, a consultation with its
 * use of comments and an open one with published comments, a survey with results.
 */
@SpringBootTest(properties = "gongkai.demo=true")
class DemoInteractionTests {

	@Autowired
	AgencyMailboxes mailboxes;

	@Autowired
	PublicReplies replies;

	@Autowired
	ReplyStatistics statistics;

	@Autowired
	PolicyConsultations consultations;

	@Autowired
	Surveys surveys;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoTownshipHasPublicRepliesAnOpenLetterAndASurvey() {
		long hexi = this.agencies.findByCreditCode(DemoInteraction.HEXI).orElseThrow().summary().id();
		assertThat(this.replies.publicReplies(hexi, 0, 20)).extracting(PublicReply::subject)
			.containsExactlyInAnyOrder("河西街中段路灯何时维修", "建议在柳湾村口增设公交停靠站");
		assertThat(this.mailboxes.publicMailboxes(hexi)).extracting(MailboxView::name).contains("机关信箱", "书记信箱");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mbx_letter where agency_id = ? and status = 'RECEIVED'", Long.class, hexi))
			.isEqualTo(1);
		ReplyFigures figures = this.statistics.publicFigures(hexi);
		// the four letters of the website and the message of the supervision telephone
		assertThat(figures.received()).isEqualTo(5);
		assertThat(figures.answered()).isEqualTo(4);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mbx_letter where agency_id = ? and channel = 'PHONE' and reply_mode = 'PHONE'",
				Long.class, hexi))
			.isEqualTo(1);
		assertThat(this.surveys.publicList(hexi)).singleElement()
			.satisfies((s) -> assertThat(s.total()).isEqualTo(124));
	}

	@Test
	void theDemoCountyHasAConsultationWithItsSummaryAndAnOpenOneWithComments() {
		long county = this.agencies.findByCreditCode(DemoInteraction.COUNTY).orElseThrow().summary().id();
		assertThat(this.consultations.publicList(county)).hasSize(2).anySatisfy((c) -> {
			assertThat(c.closed()).isTrue();
			assertThat(c.summaryMissing()).isFalse();
		}).anySatisfy((c) -> {
			assertThat(c.open()).isTrue();
			assertThat(c.publishedComments()).isEqualTo(2);
		});
	}

}
