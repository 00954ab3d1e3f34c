package org.gongkai.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.rules.Outcome;
import org.gongkai.submission.FormKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.request.CaseFixtures.asDoing;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public list of answered requests per agency: only requests whose applicants ticked
 * the (never pre-ticked) box, only once answered, with the subject masked (the
 * applicant's name blanked, phone numbers and other personal data masked by the privacy
 * scanner), the answer type and date, and nothing that identifies the applicant or the
 * case.
 */
@GongkaiTest
class AnsweredRequestsListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestManagement requests;

	@Autowired
	Clock clock;

	@Test
	void onlyAnsweredRequestsWhoseApplicantsAgreedAreListedAndTheirSubjectIsMasked() throws Exception {
		AgencyData data = AgencyFixtures.county("答复县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String form = html("/agencies/" + data.creditCode() + "/requests/new");
		assertThat(form).contains("name=\"listPublicly\"");
		assertThat(form.replaceAll("(?s).*(<input[^>]*name=\"listPublicly\"[^>]*>).*", "$1")).doesNotContain("checked");

		apply(data.creditCode(), "赵敏", "请公开赵敏家门前道路（联系电话13812345678）的拓宽规划文件", true, "10.88.1.1");
		apply(data.creditCode(), "钱二", "请公开本县2026年不愿列出的预算文件", false, "10.88.1.2");
		apply(data.creditCode(), "孙三", "请公开尚未答复的采购文件", true, "10.88.1.3");
		List<DisclosureRequest> filed = this.cases.findAll()
			.stream()
			.filter((c) -> c.agencyId() == agency)
			.sorted(Comparator.comparing(DisclosureRequest::id))
			.toList();
		assertThat(filed).hasSize(3);
		for (DisclosureRequest c : filed) {
			asDoing("answer-clerk", Role.CLERK, agency, () -> this.intake.confirm(c.id()));
		}
		// the first two are answered; the third (listed) stays open
		for (DisclosureRequest c : filed.subList(0, 2)) {
			asDoing("answer-clerk", Role.CLERK, agency, () -> this.requests.decide(c.id(), Outcome.DISCLOSED, null));
		}

		String list = html("/agencies/" + data.creditCode() + "/answered-requests");
		assertThat(list).contains("已答复的申请", "拓宽规划文件", "138****5678", "予以公开", LocalDate.now(this.clock).toString())
			.doesNotContain("赵敏", "13812345678", "不愿列出", "尚未答复", "YSQ-");
		assertThat(html("/agencies/" + data.creditCode()))
			.contains("/agencies/" + data.creditCode() + "/answered-requests");
		this.mvc.perform(get("/agencies/" + data.creditCode() + "/answered-requests?page=x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + data.creditCode() + "/answered-requests?page=9"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/000000000000000000/answered-requests")).andExpect(status().isNotFound());
	}

	private void apply(String creditCode, String name, String description, boolean listed, String address)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/agencies/" + creditCode + "/requests/new").with(csrf())
			.with(FormKeys.fresh())
			.with((r) -> {
				r.setRemoteAddr(address);
				return r;
			})
			.param("applicantType", "NATURAL_PERSON")
			.param("applicantName", name)
			.param("idType", "居民身份证")
			.param("idNumber", "110101199003077777")
			.param("phone", "13900000000")
			.param("description", description)
			.param("formats", "PAPER")
			.param("delivery", "PICK_UP")
			.param("address", "人民路2号");
		if (listed) {
			request.param("listPublicly", "true");
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
