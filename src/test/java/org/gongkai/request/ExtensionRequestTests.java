package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.LetterView;
import org.gongkai.request.letters.ReplyLetters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Regulations art. 33: the clerk of the case asks for the extension with a reason, the
 * head of the office approves it (the deadline moves by 20 working days and the extension
 * letter is issued) or sends it back with a comment; once only, and before the original
 * due date. The same through the API.
 */
@GongkaiTest
class ExtensionRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	CaseHandling handling;

	@Autowired
	ReplyLetters letters;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Test
	void theClerkAsksTheLeaderApprovesAndTheDeadlineMovesWithItsLetter() throws Exception {
		Office office = office();
		long id = walkIn(office, today());
		LocalDate due = details(office, id).clock().due();

		asClerk(office, () -> this.handling.proposeExtension(id, "  需要调取\u0000历年档案\u0007  "));
		CaseDetails pending = details(office, id);
		assertThat(pending.extensionRequest()).isNotNull();
		assertThat(pending.extensionRequest().pending()).isTrue();
		assertThat(pending.extensionRequest().reason()).isEqualTo("需要调取历年档案");
		assertThat(pending.extensionRequest().by()).isEqualTo(office.clerkName());
		assertThat(pending.clock().due()).as("nothing moves before the leader decides").isEqualTo(due);
		assertThat(pending.summary().status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(kinds(office, id)).doesNotContain(LetterKind.EXTENSION);
		assertThat(audited(office.clerkName(), "request.extension-proposed", id)).isEqualTo(1);
		// one request at a time
		assertRefused(() -> asClerk(office, () -> this.handling.proposeExtension(id, "再次申请")),
				"request.extension.pending");

		asLeader(office, () -> this.handling.approveExtension(id));
		CaseDetails extended = details(office, id);
		assertThat(extended.clock().due()).isEqualTo(WorkingDayRules.bundled().deadline(today(), 40).due());
		assertThat(extended.clock().originalDue()).isEqualTo(due);
		assertThat(extended.extensionRequest()).isNull();
		assertThat(kinds(office, id)).containsExactly(LetterKind.EXTENSION);
		assertThat(extended.events()).extracting(CaseEvent::kind).containsSubsequence("extension-proposed", "extended");
		assertThat(extended.events()).filteredOn((e) -> e.kind().equals("extended"))
			.extracting(CaseEvent::detail)
			.containsExactly("需要调取历年档案");
		assertThat(audited(office.leaderName(), "request.extended", id)).isEqualTo(1);
		// once only: neither a new request nor a second approval
		assertRefused(() -> asClerk(office, () -> this.handling.proposeExtension(id, "再延一次")),
				"request.extension.once");
		assertRefused(() -> asLeader(office, () -> this.handling.approveExtension(id)),
				"request.extension.not-pending");
		assertRefused(() -> asLeader(office, () -> this.handling.extend(id, "再延一次")), "request.extension.once");
	}

	@Test
	void theLeaderSendsItBackWithACommentAndTheClerkMayAskAgain() {
		Office office = office();
		long id = walkIn(office, today());
		LocalDate due = details(office, id).clock().due();
		// nothing to decide yet
		assertRefused(() -> asLeader(office, () -> this.handling.returnExtension(id, "意见")),
				"request.extension.not-pending");
		assertRefused(() -> asLeader(office, () -> this.handling.approveExtension(id)),
				"request.extension.not-pending");
		asClerk(office, () -> this.handling.proposeExtension(id, "需要征求多个部门意见"));

		// a comment is required: blank, control characters only, too long
		for (String comment : new String[] { null, "", "   ", "\u0000\u0007\u001b", "长".repeat(10_000) }) {
			assertRefused(() -> asLeader(office, () -> this.handling.returnExtension(id, comment)),
					"request.return.comment.invalid");
		}
		assertThat(details(office, id).extensionRequest().pending()).as("a refused step changes nothing").isTrue();

		asLeader(office, () -> this.handling.returnExtension(id, "<b>理由不充分</b>，请先征求意见"));
		CaseDetails returned = details(office, id);
		assertThat(returned.extensionRequest().pending()).isFalse();
		assertThat(returned.extensionRequest().returnComment()).isEqualTo("<b>理由不充分</b>，请先征求意见");
		assertThat(returned.extensionRequest().by()).isEqualTo(office.leaderName());
		assertThat(returned.clock().due()).isEqualTo(due);
		assertThat(kinds(office, id)).doesNotContain(LetterKind.EXTENSION);
		assertThat(audited(office.leaderName(), "request.extension-returned", id)).isEqualTo(1);
		assertRefused(() -> asLeader(office, () -> this.handling.approveExtension(id)),
				"request.extension.not-pending");

		// the clerk asks again and the leader approves: the log keeps all three
		asClerk(office, () -> this.handling.proposeExtension(id, "已征求意见，仍需调取档案"));
		asLeader(office, () -> this.handling.approveExtension(id));
		assertThat(details(office, id).events()).extracting(CaseEvent::kind)
			.containsSubsequence("extension-proposed", "extension-returned", "extension-proposed", "extended");
	}

	@Test
	void onlyTheClerkAsksAndOnlyALeaderOfTheCasesAgencyDecides() {
		Office office = office();
		long id = walkIn(office, today());
		long other = this.agencies.create(AgencyFixtures.county("他县" + System.nanoTime()));
		assertThatThrownBy(() -> asLeader(office, () -> this.handling.proposeExtension(id, "理由")))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> CaseFixtures.asDoing("other-clerk", Role.CLERK, other,
				() -> this.handling.proposeExtension(id, "理由")))
			.isInstanceOf(ForbiddenException.class);
		asClerk(office, () -> this.handling.proposeExtension(id, "理由"));
		assertThatThrownBy(() -> asClerk(office, () -> this.handling.approveExtension(id)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> asClerk(office, () -> this.handling.returnExtension(id, "意见")))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> CaseFixtures.asDoing("other-leader", Role.LEADER, other,
				() -> this.handling.approveExtension(id)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> CaseFixtures.asDoing("other-leader", Role.LEADER, other,
				() -> this.handling.returnExtension(id, "意见")))
			.isInstanceOf(ForbiddenException.class);
		assertThat(details(office, id).extensionRequest().pending()).isTrue();
	}

	@Test
	void theReasonIsRequiredShortAndKeptAsText() {
		Office office = office();
		long id = walkIn(office, today());
		for (String reason : new String[] { null, " ", "\u0000\u0001\u007f", "延".repeat(501), "延".repeat(10_000) }) {
			assertRefused(() -> asClerk(office, () -> this.handling.proposeExtension(id, reason)),
					"request.extension.reason.invalid");
		}
		assertThat(details(office, id).extensionRequest()).isNull();
		asClerk(office, () -> this.handling.proposeExtension(id, "<script>alert(1)</script>" + "延".repeat(475)));
		assertThat(details(office, id).extensionRequest().reason()).startsWith("<script>alert(1)</script>")
			.hasSize(500);
	}

	@Test
	void noRequestAfterTheOriginalDueDateNorWhileTheClockStandsAndNoApprovalOnceItPassed() {
		Office office = office();
		long late = walkIn(office, today().minusDays(60));
		assertRefused(() -> asClerk(office, () -> this.handling.proposeExtension(late, "理由")),
				"request.extension.too-late");
		long waiting = walkIn(office, today());
		asClerk(office,
				() -> this.handling.requestCorrection(waiting, today().plusDays(10), CaseFixtures.correctionItems()));
		assertRefused(() -> asClerk(office, () -> this.handling.proposeExtension(waiting, "理由")),
				"request.case.not-open");

		// asked on the last day of the original deadline; the leader decides a day late
		long id = walkIn(office, today());
		LocalDate due = details(office, id).clock().due();
		TestClock.INSTANCE.setToday(due);
		asClerk(office, () -> this.handling.proposeExtension(id, "需要调取档案"));
		TestClock.INSTANCE.setToday(due.plusDays(1));
		assertRefused(() -> asLeader(office, () -> this.handling.approveExtension(id)),
				"request.extension.approval.too-late");
		assertThat(details(office, id).clock().due()).isEqualTo(due);
		assertThat(kinds(office, id)).doesNotContain(LetterKind.EXTENSION);
		// the leader can still send it back
		asLeader(office, () -> this.handling.returnExtension(id, "已过原答复期限，请尽快答复"));
		assertThat(details(office, id).extensionRequest().pending()).isFalse();
	}

	@Test
	void theApiAsksApprovesAndSendsBackAsThePageDoes() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("接口县" + System.nanoTime()));
		String creditCode = this.agencies.details(agency).summary().creditCode();
		String clerk = Staff.create(this.accounts, Role.CLERK, agency);
		String leader = Staff.create(this.accounts, Role.LEADER, agency);
		String clerkToken = Staff.token(this.mvc, clerk);
		String leaderToken = Staff.token(this.mvc, leader);
		long id = CaseFixtures.walkIn(this.requests, this.cases, agency, CaseFixtures.idNumber(), today());
		String number = this.cases.findById(id).orElseThrow().trackingNo();
		String base = "/api/v1/admin/agencies/" + creditCode + "/requests/" + number + "/extension-proposal";

		api(leaderToken, base, "{\"reason\":\"理由\"}").andExpect(status().isForbidden());
		api(clerkToken, base, "{\"reason\":\"  \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.extension.reason.invalid"));
		api(clerkToken, base, "null").andExpect(status().isBadRequest());
		api(clerkToken, base, "{").andExpect(status().isBadRequest());
		api(clerkToken, "/api/v1/admin/agencies/" + creditCode + "/requests/YSQ-NONE/extension-proposal",
				"{\"reason\":\"理由\"}")
			.andExpect(status().isNotFound());
		this.mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"理由\"}"))
			.andExpect(status().isUnauthorized());

		api(clerkToken, base, "{\"reason\":\"需要调取档案\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PENDING"))
			.andExpect(jsonPath("$.message").value("已提交延期申请，等待负责人审批。"));
		api(leaderToken, base + "/return", "{\"comment\":\"\"}").andExpect(status().isBadRequest());
		api(leaderToken, base + "/return", "{\"comment\":\"请补充理由\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"));
		api(leaderToken, base + "/approval", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.extension.not-pending"));
		api(clerkToken, base, "{\"reason\":\"需要调取多年档案\"}").andExpect(status().isOk());
		api(clerkToken, base + "/approval", "").andExpect(status().isForbidden());
		api(leaderToken, base + "/approval", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("EXTENDED"))
			.andExpect(jsonPath("$.due").value(WorkingDayRules.bundled().deadline(today(), 40).due().toString()))
			.andExpect(jsonPath("$.message").value("已同意延期，延期告知书已出具。"));
	}

	@Test
	void theStepsAreDocumentedInOpenApi() throws Exception {
		String path = "$.paths['/api/v1/admin/agencies/{creditCode}/requests/{trackingNo}/extension-proposal";
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(path + "'].post.requestBody.content['application/json']").exists())
			.andExpect(jsonPath(path + "/approval'].post.responses['400']").exists())
			.andExpect(jsonPath(path + "/return'].post.responses['403']").exists());
	}

	private ResultActions api(String token, String path, String body) throws Exception {
		var request = post(path).header("Authorization", "Bearer " + token);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private Office office() {
		long agency = this.agencies.create(AgencyFixtures.county("延期县" + System.nanoTime()));
		return new Office(agency, "ext-clerk-" + agency, null, "ext-leader-" + agency, null);
	}

	private long walkIn(Office office, LocalDate receivedOn) {
		return CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(), receivedOn);
	}

	private void asClerk(Office office, Runnable action) {
		CaseFixtures.asDoing(office.clerkName(), Role.CLERK, office.agency(), action);
	}

	private void asLeader(Office office, Runnable action) {
		CaseFixtures.asDoing(office.leaderName(), Role.LEADER, office.agency(), action);
	}

	private CaseDetails details(Office office, long id) {
		return CaseFixtures.as("reader", Role.CLERK, office.agency(), () -> this.requests.details(id));
	}

	private java.util.List<LetterKind> kinds(Office office, long id) {
		return CaseFixtures.as("reader", Role.CLERK, office.agency(), () -> this.letters.lettersOf(id))
			.letters()
			.stream()
			.map(LetterView::kind)
			.toList();
	}

	private long audited(String actor, String action, long id) {
		return this.audit.find(new AuditQuery(actor, action, "DisclosureRequest", String.valueOf(id), null, null), 0, 5)
			.getTotalElements();
	}

	private static void assertRefused(Runnable step, String key) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).messageKey())
			.isEqualTo(key);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
