package org.gongkai.worksummary;

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
import org.gongkai.mailbox.LetterForm;
import org.gongkai.mailbox.ReplyVisibility;
import org.gongkai.mailbox.letter.DemoLetters;
import org.gongkai.request.register.RegisterImport;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test fixture: a county with its disclosure office, a township with its staff and two
 * villages (with their clerk, reviewer and supervision committee), another township with
 * its clerk; and the ways to give the township its records through the real workflows:
 * items published through both reviews, register rows imported as cases, letters received
 * and answered, village postings through the supervision committee, special funds
 * drafted, submitted and published.
 */
final class SummaryDesk {

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	final MockMvc mvc;

	final long county;

	final long township;

	final String townshipCode;

	final String townshipName;

	final long villageA;

	final long villageB;

	final long otherTownship;

	final MockHttpSession clerk;

	final String clerkName;

	final MockHttpSession reviewer;

	final MockHttpSession secrecy;

	final MockHttpSession leader;

	final MockHttpSession office;

	final MockHttpSession otherClerk;

	private final AccountManagement accounts;

	private final CatalogManagement catalog;

	private final RegisterImport registers;

	private final DemoLetters letters;

	private final TransactionTemplate transactions;

	SummaryDesk(MockMvc mvc, ApplicationContext context) throws Exception {
		this.mvc = mvc;
		AgencyManagement agencies = context.getBean(AgencyManagement.class);
		this.accounts = context.getBean(AccountManagement.class);
		this.catalog = context.getBean(CatalogManagement.class);
		this.registers = context.getBean(RegisterImport.class);
		this.letters = context.getBean(DemoLetters.class);
		this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		long n = System.nanoTime() % 1_000_000L;
		this.county = agencies.create(AgencyFixtures.county("总结县" + n));
		this.townshipName = "总结镇" + n + "人民政府";
		AgencyData town = AgencyFixtures.under(this.county, AgencyLevel.TOWNSHIP, this.townshipName);
		this.township = agencies.create(town);
		this.townshipCode = town.creditCode();
		this.villageA = agencies.create(AgencyFixtures.under(this.township, AgencyLevel.VILLAGE, "东村" + n + "村民委员会"));
		this.villageB = agencies.create(AgencyFixtures.under(this.township, AgencyLevel.VILLAGE, "西村" + n + "村民委员会"));
		this.otherTownship = agencies
			.create(AgencyFixtures.under(this.county, AgencyLevel.TOWNSHIP, "别镇" + n + "人民政府"));
		this.clerkName = Staff.create(this.accounts, Role.CLERK, this.township);
		this.clerk = Staff.signIn(mvc, this.clerkName);
		this.reviewer = signIn(Role.REVIEWER, this.township);
		this.secrecy = signIn(Role.CONFIDENTIALITY_REVIEWER, this.township);
		this.leader = signIn(Role.LEADER, this.township);
		this.office = signIn(Role.DISCLOSURE_OFFICE, this.county);
		this.otherClerk = signIn(Role.CLERK, this.otherTownship);
	}

	MockHttpSession signIn(Role role, long agency) throws Exception {
		return Staff.signIn(this.mvc, Staff.create(this.accounts, role, agency));
	}

	long column(long agency, String code) {
		return this.catalog.publicTree(agency)
			.stream()
			.filter((c) -> code.equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** Drafts an item of the township in the column; returns its id. */
	long draft(String columnCode, String genre, String... extra) throws Exception {
		MockHttpServletRequestBuilder form = post("/admin/publications/new").session(this.clerk)
			.with(csrf())
			.param("agencyId", "" + this.township)
			.param("title", "关于某项工作的情况" + NUMBERS.incrementAndGet())
			.param("body", "某项工作已按计划推进。")
			.param("madeOn", "2026-06-01")
			.param("genre", genre)
			.param("validity", "VALID")
			.param("columnId", "" + column(this.township, columnCode));
		for (int i = 0; i < extra.length; i += 2) {
			form.param(extra[i], extra[i + 1]);
		}
		String location = this.mvc.perform(form)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Publishes an item of the township through both reviews; returns its id. */
	long publish(String columnCode, String genre, String... extra) throws Exception {
		long id = draft(columnCode, genre, extra);
		step(this.clerk, post("/admin/publications/" + id + "/submit"));
		step(this.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"));
		step(this.secrecy, post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		return id;
	}

	/**
	 * Publishes a posting of a village through its reviewer and supervision committee.
	 */
	void villagePosting(long village, MockHttpSession clerk, MockHttpSession reviewer, MockHttpSession supervisor)
			throws Exception {
		String location = this.mvc
			.perform(post("/admin/publications/new").session(clerk)
				.with(csrf())
				.param("agencyId", "" + village)
				.param("title", "村民代表会议决议" + NUMBERS.incrementAndGet())
				.param("body", "会议决定修缮村道。")
				.param("madeOn", "2026-06-01")
				.param("genre", "NOTICE")
				.param("validity", "VALID")
				.param("columnId", "" + column(village, "vl-resolutions")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		step(clerk, post("/admin/publications/" + id + "/submit"));
		step(reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"));
		step(supervisor, post("/admin/publications/" + id + "/supervision-review").param("approve", "true"));
	}

	/** Imports register rows (received, closed or null, result row or null) as cases. */
	void cases(String... rows) {
		StringBuilder csv = new StringBuilder(
				"tracking_no,applicant_type,applicant_name,received_on,subject,closed_on,result\n");
		for (int i = 0; i < rows.length; i += 3) {
			csv.append("S")
				.append(System.nanoTime() % 100_000_000L)
				.append('-')
				.append(NUMBERS.incrementAndGet())
				.append(",自然人,申请人,")
				.append(rows[i])
				.append(",某项政府信息,")
				.append((rows[i + 1] != null) ? rows[i + 1] : "")
				.append(',')
				.append((rows[i + 2] != null) ? rows[i + 2] : "")
				.append('\n');
		}
		as(this.clerkName, Role.CLERK, this.township, () -> this.registers.importRegister(this.townshipCode, "台账.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** A letter to the township received on the day, answered on the other (or open). */
	void letter(String receivedOn, String repliedOn) {
		this.transactions
			.executeWithoutResult(
					(status) -> this.letters.letter(this.township, "镇长信箱",
							new LetterForm(null, "CONSULTATION", "咨询村道修缮", "请问村道何时修缮？", "张三", "13800000000", null,
									false),
							LocalDate.parse(receivedOn), (repliedOn != null) ? "已安排修缮。" : null, ReplyVisibility.PRIVATE,
							(repliedOn != null) ? LocalDate.parse(repliedOn) : null));
	}

	/**
	 * Drafts, submits and publishes a special fund; complete when every part is written.
	 */
	void fund(String name, boolean complete, MockHttpSession fundReviewer) throws Exception {
		String location = this.mvc
			.perform(post("/admin/fiscal/" + this.townshipCode + "/funds").session(this.clerk)
				.with(csrf())
				.param("year", "2026")
				.param("name", name)
				.param("amount", "12.50")
				.param("households", "false")
				.param("legalBasis", complete ? "县财政局《耕地地力保护补贴实施方案》" : "")
				.param("allocationMethod", complete ? "按承包面积每亩125元" : "")
				.param("allocationResults", complete ? "全镇共发放12.5万元" : "")
				.param("disbursement", complete ? "已通过一卡通拨付到户" : ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		step(this.clerk, post("/admin/fiscal/funds/" + id + "/submit"));
		step(fundReviewer, post("/admin/fiscal/funds/" + id + "/publish"));
	}

	void step(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.session(session).with(csrf())).andExpect(status().is3xxRedirection());
	}

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

}
