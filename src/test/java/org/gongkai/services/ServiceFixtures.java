package org.gongkai.services;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Service items and points made through the back-office pages, for tests. */
public final class ServiceFixtures {

	private ServiceFixtures() {
	}

	/** The item form with all ten elements (but the form file), overridden pairwise. */
	public static MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder post, String name,
			String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("name", name);
		params.put("basis", "《社会救助暂行办法》第九条");
		params.put("conditions", "本镇户籍，家庭人均收入低于当地低保标准");
		params.put("materials", "申请书、户口簿、居民身份证");
		params.put("process", "申请→受理→调查→公示→审批");
		params.put("legalDays", "30");
		params.put("promisedDays", "20");
		params.put("fees", "不收费");
		params.put("placeAndHours", "镇为民服务中心，工作日8:30-17:30");
		params.put("consultPhone", "0775-6281234");
		params.put("supervisionPhone", "12345");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(post::param);
		return post.with(csrf());
	}

	/** A draft item made by the clerk. @return its id */
	public static long draft(MockMvc mvc, String agencyCode, MockHttpSession clerk, String name, String... overrides)
			throws Exception {
		String location = mvc
			.perform(itemForm(post("/admin/services/" + agencyCode + "/items"), name, overrides).session(clerk))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Uploads a DOCX form as the clerk. */
	public static void upload(MockMvc mvc, long item, MockHttpSession clerk, String fileName, byte[] bytes,
			int expected) throws Exception {
		mvc.perform(multipart("/admin/services/items/" + item + "/forms")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
			.session(clerk)
			.with(csrf())).andExpect(status().is(expected));
	}

	/** Publishes as the reviewer. */
	public static void publish(MockMvc mvc, long item, MockHttpSession reviewer) throws Exception {
		mvc.perform(post("/admin/services/items/" + item + "/publish").session(reviewer).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	/** A small DOCX with the text given. */
	public static byte[] docx(String text) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text);
			doc.write(out);
			return out.toByteArray();
		}
	}

}
