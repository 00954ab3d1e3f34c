package org.gongkai.request;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.TestDocuments;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.submission.FormKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The identity proof an online applicant uploads with the form (Regulations art. 29):
 * checked by content, stored once, seen only by the staff of the case's agency; a refused
 * file stores no application at all.
 */
@GongkaiTest
class IdentityProofTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final Pattern TRACKING_NO = Pattern.compile("id=\"tracking-no\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Test
	void aProofUploadedWithTheApplicationIsDownloadableByTheAgencysStaffOnly() throws Exception {
		AgencyData data = AgencyFixtures.county("证明县" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("证明他县" + System.nanoTime()));
		this.mvc.perform(get("/agencies/" + data.creditCode() + "/requests/new"))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"idProof\"")));
		byte[] pdf = TestDocuments.pdf("ID card copy");
		String page = FormKeys.followReceipt(this.mvc,
				this.mvc
					.perform(application(data.creditCode(),
							new MockMultipartFile("idProof", "../../身份证<x>.pdf", "text/plain", pdf)))
					.andReturn());
		Matcher matcher = TRACKING_NO.matcher(page);
		assertThat(matcher.find()).isTrue();
		DisclosureRequest stored = this.cases.findByTrackingNo(matcher.group(1)).orElseThrow();
		assertThat(stored.identityProof().mediaType()).isEqualTo("application/pdf");
		assertThat(stored.identityProof().size()).isEqualTo(pdf.length);
		assertThat(stored.identityProof().fileName()).doesNotContain("/", "..", "<");

		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		this.mvc.perform(get("/admin/requests/" + stored.id()).session(clerk))
			.andExpect(content().string(containsString("/admin/requests/" + stored.id() + "/identity-proof")));
		byte[] downloaded = this.mvc.perform(get("/admin/requests/" + stored.id() + "/identity-proof").session(clerk))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);

		MockHttpSession outsider = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));
		this.mvc.perform(get("/admin/requests/" + stored.id() + "/identity-proof").session(outsider))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/requests/" + stored.id() + "/identity-proof"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void mislabelledOrOversizedProofsAreRefusedInChineseAndNothingIsStored() throws Exception {
		AgencyData data = AgencyFixtures.county("拒收县" + System.nanoTime());
		long agency = this.agencies.create(data);
		MockMultipartFile[] refused = {
				new MockMultipartFile("idProof", "id.pdf", "application/pdf", TestDocuments.html()),
				new MockMultipartFile("idProof", "id.png", "image/png", TestDocuments.svg()),
				new MockMultipartFile("idProof", "id.jpg", "image/jpeg", TestDocuments.exe()),
				new MockMultipartFile("idProof", "id.docx", "application/pdf", TestDocuments.docx("身份证")),
				new MockMultipartFile("idProof", "big.pdf", "application/pdf", new byte[5 * 1024 * 1024 + 1]) };
		for (MockMultipartFile file : refused) {
			this.mvc.perform(application(data.creditCode(), file))
				.andExpect(status().is4xxClientError())
				.andExpect(content().string(containsString("未保存")))
				.andExpect(content().string(not(containsString("id=\"tracking-no\""))));
		}
		assertThat(this.cases.findAll()).noneMatch((c) -> c.agencyId() == agency);
	}

	@Test
	void anInvalidFormStoresNeitherTheCaseNorTheFile() throws Exception {
		AgencyData data = AgencyFixtures.county("无效县" + System.nanoTime());
		long agency = this.agencies.create(data);
		this.mvc
			.perform(application(data.creditCode(),
					new MockMultipartFile("idProof", "id.pdf", "application/pdf", TestDocuments.pdf("proof")), ""))
			.andExpect(status().isBadRequest());
		assertThat(this.cases.findAll()).noneMatch((c) -> c.agencyId() == agency);
	}

	private MockMultipartHttpServletRequestBuilder application(String creditCode, MockMultipartFile file) {
		return application(creditCode, file, "李四");
	}

	private MockMultipartHttpServletRequestBuilder application(String creditCode, MockMultipartFile file,
			String applicantName) {
		int n = ADDRESSES.incrementAndGet();
		MockMultipartHttpServletRequestBuilder request = multipart("/agencies/" + creditCode + "/requests/new");
		request.file(file)
			.param("applicantType", "NATURAL_PERSON")
			.param("applicantName", applicantName)
			.param("idType", "居民身份证")
			.param("idNumber", "110101199003077777")
			.param("phone", "13800138000")
			.param("email", "lisi@example.com")
			.param("address", "人民路2号")
			.param("description", "2025年本县财政预算公开文件")
			.param("formats", "EMAIL")
			.param("delivery", "ONLINE")
			.with(csrf())
			.with(FormKeys.fresh())
			.with((r) -> {
				r.setRemoteAddr("10.88." + (n / 250) + "." + (n % 250 + 1));
				return r;
			});
		return request;
	}

}
