package org.gongkai.annualreport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;
import org.gongkai.request.CaseSummary;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.appeals.RequestAppeals;
import org.gongkai.request.register.RegisterImport;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Builds a year of records by hand: agencies with staff, register rows (the office's 台账,
 * imported as ordinary cases), appeals, and regulations and normative documents taken
 * through the publication workflow.
 */
final class ReportDesk {

	static final String HEADER = "tracking_no,applicant_type,applicant_name,received_on,subject,closed_on,result";

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	private final MockMvc mvc;

	private final AgencyManagement agencies;

	private final AccountManagement accounts;

	private final CatalogManagement catalog;

	private final RegisterImport registers;

	private final RequestManagement requests;

	private final RequestAppeals appeals;

	ReportDesk(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.agencies = context.getBean(AgencyManagement.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.catalog = context.getBean(CatalogManagement.class);
		this.registers = context.getBean(RegisterImport.class);
		this.requests = context.getBean(RequestManagement.class);
		this.appeals = context.getBean(RequestAppeals.class);
	}

	/** A county with a clerk and a leader (signed in), for its own report. */
	Office county(String name) throws Exception {
		return office(AgencyFixtures.county(name + System.nanoTime()));
	}

	/** A department under {@code parent} with a clerk and a leader. */
	Office department(long parent, String name) throws Exception {
		return office(AgencyFixtures.under(parent, AgencyLevel.DEPARTMENT, name + System.nanoTime()));
	}

	private Office office(AgencyData data) throws Exception {
		long id = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, id);
		String leader = Staff.create(this.accounts, Role.LEADER, id);
		return new Office(id, data.creditCode(), clerk, Staff.signIn(this.mvc, clerk), leader,
				Staff.signIn(this.mvc, leader));
	}

	/** A unique register number. */
	static String number(String tag) {
		return "T" + System.nanoTime() % 100_000_000L + "-" + NUMBERS.incrementAndGet() + tag;
	}

	/** A register row: type in Chinese, dates, result code (blank for open cases). */
	static String row(String trackingNo, String type, String received, String closed, String result) {
		return trackingNo + "," + type + ",申请人," + received + ",某项政府信息," + (closed != null ? closed : "") + ","
				+ (result != null ? result : "");
	}

	/** Imports the rows as the agency's clerk. */
	void importRows(Office office, String... rows) {
		String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
		as(office.clerkName(), Role.CLERK, office.id(), () -> this.registers.importRegister(office.creditCode(),
				"台账.csv", csv.getBytes(StandardCharsets.UTF_8)));
	}

	/** The id of the agency's case with this tracking number. */
	long caseId(Office office, String trackingNo) {
		return as(office.clerkName(), Role.CLERK, office.id(), () -> this.requests.visibleCases()).stream()
			.filter((c) -> c.trackingNo().equals(trackingNo))
			.map(CaseSummary::id)
			.findFirst()
			.orElseThrow();
	}

	/** Records an appeal about a case as the clerk; returns its id. */
	long appeal(Office office, String trackingNo, AppealKind kind, Long follows, String filed, String decided,
			AppealResult result) {
		long caseId = caseId(office, trackingNo);
		return as(office.clerkName(), Role.CLERK, office.id(), () -> this.appeals.record(caseId, kind, follows,
				LocalDate.parse(filed), "某某复议机关或法院", (decided != null) ? LocalDate.parse(decided) : null, result));
	}

	/**
	 * Publishes a regulation or normative document through the workflow: drafted by a
	 * clerk, reviewed for content and confidentiality.
	 */
	long publishPolicy(Office office, String genre, String madeOn, String issuedOn, String repealedOn)
			throws Exception {
		return publishIn(office, "news", genre, madeOn, issuedOn, repealedOn);
	}

	/** Publishes an item in the column with this code, through the workflow. */
	long publishIn(Office office, String columnCode, String genre, String madeOn, String issuedOn, String repealedOn)
			throws Exception {
		long column = this.catalog.publicTree(office.id())
			.stream()
			.filter((c) -> columnCode.equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
		MockHttpSession reviewer = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, office.id()));
		MockHttpSession secrecy = Staff.signIn(this.mvc,
				Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, office.id()));
		MockHttpServletRequestBuilder draft = post("/admin/publications/new").session(office.clerk())
			.with(csrf())
			.param("agencyId", "" + office.id())
			.param("title", "关于某事项的规定" + NUMBERS.incrementAndGet())
			.param("body", "第一条 为规范某事项，制定本规定。")
			.param("madeOn", madeOn)
			.param("genre", genre)
			.param("validity", (repealedOn != null) ? "REPEALED" : "VALID")
			.param("columnId", "" + column)
			.param("issuedOn", issuedOn);
		if (repealedOn != null) {
			draft.param("repealedOn", repealedOn);
		}
		String location = this.mvc.perform(draft)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		step(office.clerk(), post("/admin/publications/" + id + "/submit"));
		step(reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"));
		step(secrecy, post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		return id;
	}

	private void step(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.session(session).with(csrf())).andExpect(status().is3xxRedirection());
	}

	/** Runs {@code action} signed in as {@code username} holding {@code role}. */
	static <T> T as(String username, Role role, long agencyId, Supplier<T> action) {
		StaffPrincipal principal = new StaffPrincipal(1, username, username, List.of(new Grant(role, agencyId)), false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static void doing(String username, Role role, long agencyId, Runnable action) {
		as(username, role, agencyId, () -> {
			action.run();
			return null;
		});
	}

	record Office(long id, String creditCode, String clerkName, MockHttpSession clerk, String leaderName,
			MockHttpSession leader) {

	}

}
