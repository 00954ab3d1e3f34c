package org.gongkai.request;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The correction notice lists what to correct (Regulations art. 30, issue 12): the
 * clerk's items are stored, printed in the notice and shown on the tracking page at once
 * with 等待补正 and the date to answer by; hostile or wrong input is refused with a Chinese
 * message and changes nothing.
 */
@GongkaiTest
class CorrectionItemsTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

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
	void theListedItemsAreStoredPrintedInTheNoticeAndShownOnTheTrackingPageAtOnce() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Receipt receipt = receivedToday(office.agency());
		long id = idOf(receipt);
		LocalDate periodEnds = today().plusDays(14);
		correction(office.clerk(), id, periodEnds, List.of("所需文件的名称或文号", "  信息所属年份\u0007  ", "", ""),
				List.of("2025年城南片区改造批复", "", "", ""))
			.andExpect(status().is3xxRedirection());

		CaseDetails details = details(office, id);
		assertThat(details.correctionItems()).containsExactly(new CorrectionItem("所需文件的名称或文号", "2025年城南片区改造批复"),
				new CorrectionItem("信息所属年份", null));
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andExpect(content().string(allOf(containsString("需要申请人补正的事项"), containsString("所需文件的名称或文号"),
					containsString("建议写明：2025年城南片区改造批复"))));
		assertThat(this.audit.find(new AuditQuery(null, "request.correction-requested", "DisclosureRequest",
				String.valueOf(id), null, null), 0, 5))
			.hasSize(1);

		// the notice prints each item, numbered, with its suggestion
		byte[] docx = this.mvc
			.perform(get("/admin/requests/" + id + "/letters/correction.docx").session(office.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(docxText(docx)).contains("一、所需文件的名称或文号（建议写明：2025年城南片区改造批复）", "二、信息所属年份", date(periodEnds));

		// the applicant sees them at once: 等待补正, the date, the items, the notice to
		// download; never "确认收到后开始计算"
		track(receipt).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("等待补正"), containsString(periodEnds.toString()),
					containsString("id=\"correction-items\""), containsString("所需文件的名称或文号"),
					containsString("建议写明：2025年城南片区改造批复"), containsString("补正告知书"),
					containsString("id=\"correction-form\""), not(containsString("确认收到后开始计算")))));
	}

	@Test
	void noItemsTooManyItemsOverLongTextAndScriptsAreRefusedOrEscapedAndChangeNothing() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = idOf(receivedToday(office.agency()));
		LocalDate periodEnds = today().plusDays(10);
		correction(office.clerk(), id, periodEnds, List.of("", " \u0000 "), List.of("", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请至少填写一项需要补正的内容")));
		correction(office.clerk(), id, periodEnds, List.of("一", "二", "三", "四", "五", "六"), List.of())
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("补正事项最多 5 项")));
		correction(office.clerk(), id, periodEnds, List.of("文号", "长".repeat(301)), List.of("", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("第 2 项补正事项无效"), containsString("300"),
					// the rows come back as typed
					containsString(">文号</textarea>"))));
		correction(office.clerk(), id, periodEnds, List.of(""), List.of("只有建议没有事项")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第 1 项补正事项无效")));
		assertThat(details(office, id).correctionItems()).isEmpty();
		assertThat(details(office, id).events()).isEmpty();

		// script tags are stored as text and shown escaped to staff and the public
		Receipt receipt = receivedToday(office.agency());
		long other = idOf(receipt);
		correction(office.clerk(), other, periodEnds, List.of("<script>alert(1)</script>"), List.of("<b>x</b>"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/requests/" + other).session(office.clerk()))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)")), not(containsString("<b>x</b>")))));
		track(receipt).andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
				not(containsString("<script>alert(1)")))));
	}

	@Test
	void onlyAClerkOfTheAgencyWithAValidFormSendsTheNotice() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = idOf(receivedToday(office.agency()));
		LocalDate periodEnds = today().plusDays(10);
		long otherAgency = this.agencies.create(AgencyFixtures.county("他县" + System.nanoTime()));
		MockHttpSession outsider = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, otherAgency));
		correction(outsider, id, periodEnds, List.of("文号"), List.of("")).andExpect(status().isForbidden());
		// the leader is not the clerk
		correction(office.leader(), id, periodEnds, List.of("文号"), List.of("")).andExpect(status().isForbidden());
		// no CSRF token
		this.mvc
			.perform(post("/admin/requests/" + id + "/correction").session(office.clerk())
				.param("periodEndsOn", periodEnds.toString())
				.param("missing", "文号"))
			.andExpect(status().isForbidden());
		// an unknown case
		correction(office.clerk(), Long.MAX_VALUE, periodEnds, List.of("文号"), List.of(""))
			.andExpect(status().isNotFound());
		assertThat(details(office, id).events()).isEmpty();
		assertThat(details(office, id).correctionItems()).isEmpty();
	}

	private ResultActions correction(MockHttpSession session, long id, LocalDate periodEnds, List<String> missing,
			List<String> suggestions) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/requests/" + id + "/correction").session(session)
			.with(csrf())
			.param("periodEndsOn", periodEnds.toString());
		missing.forEach((m) -> request.param("missing", m));
		suggestions.forEach((s) -> request.param("suggestion", s));
		return this.mvc.perform(request);
	}

	private ResultActions track(Receipt receipt) throws Exception {
		return this.mvc.perform(post("/requests/track").with(csrf())
			.with(from("10.78." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1)))
			.param("trackingNo", receipt.trackingNo())
			.param("code", receipt.queryCode()));
	}

	private Receipt receivedToday(long agency) {
		return CaseFixtures.as("intake", Role.CLERK, agency, () -> this.requests.registerWalkIn(agency,
				CaseFixtures.form(CaseFixtures.idNumber()), Channel.WALK_IN, today()));
	}

	private long idOf(Receipt receipt) {
		return this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
	}

	private CaseDetails details(Office office, long id) {
		return CaseFixtures.as("reader", Role.CLERK, office.agency(), () -> this.requests.details(id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static String docxText(byte[] bytes) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
