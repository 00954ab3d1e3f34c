package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log for people: actions and objects named in Chinese, filters chosen from
 * lists, paging that survives hostile parameters, and the CSV export that Excel opens
 * (UTF-8 with BOM) without running any cell as a formula.
 */
@GongkaiTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AgencyManagement agencies;

	@Test
	void theLogNamesActionsInChineseAndFiltersByChoice() throws Exception {
		String object = "审计页" + System.nanoTime();
		record("publication.withdrawn", object, "<script>alert(1)</script>");
		MockHttpSession auditor = auditor();
		String page = this.mvc.perform(get("/admin/audit").param("objectId", object).session(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("撤回公开内容", "公开内容 #" + object)
			.contains("<select id=\"action\" name=\"action\">",
					"<option value=\"publication.withdrawn\">撤回公开内容</option>")
			.contains("<select id=\"objectType\" name=\"objectType\">")
			.doesNotContain("<script>alert(1)</script>")
			.contains("/admin/audit/export.csv?", "objectId=%E5%AE%A1%E8%AE%A1");
		String filtered = this.mvc.perform(
				get("/admin/audit").param("action", "publication.withdrawn").param("objectId", object).session(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(filtered).contains("共 1 条", "selected=\"selected\">撤回公开内容");
		String none = this.mvc
			.perform(
					get("/admin/audit").param("action", "request.confirmed").param("objectId", object).session(auditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).contains("共 0 条");
	}

	@Test
	void hostileParametersGetAPageNeverAFailure() throws Exception {
		MockHttpSession auditor = auditor();
		for (String query : List.of("page=-1", "page=abc", "page=99999999999999999999", "size=0", "size=100000",
				"from=2026-02-30", "to=x", "action=%00%1B", "objectType=" + "长".repeat(300), "actor=%3Cscript%3E",
				"page=99999")) {
			this.mvc.perform(get("/admin/audit?" + query).session(auditor)).andExpect(status().isOk());
			this.mvc.perform(get("/admin/audit/export.csv?" + query + "&objectId=none").session(auditor))
				.andExpect(status().isOk());
		}
	}

	@Test
	void theExportOpensInExcelAndNeverRunsAFormula() throws Exception {
		String object = "导出" + System.nanoTime();
		record("request.confirmed", object, "=HYPERLINK(\"http://evil.example\",\"点我\")");
		record("request.confirmed", object, "+1+1");
		record("request.confirmed", object, "-2");
		record("request.confirmed", object, "@SUM(A1)");
		record("request.confirmed", object, "第一行\n第二行, 含\"引号\"");
		byte[] csv = this.mvc.perform(get("/admin/audit/export.csv").param("objectId", object).session(auditor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		List<String> lines = text.lines().toList();
		assertThat(lines.get(0)).startsWith("序号,时间（北京时间）,操作人");
		assertThat(text).contains("确认收到申请", "依申请公开案件", object)
			.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"")
			.contains(",'+1+1")
			.contains(",'-2")
			.contains(",'@SUM(A1)")
			.contains("\"第一行\n第二行, 含\"\"引号\"\"\"")
			.doesNotContain(",=HYPERLINK", ",+1+1", ",-2", ",@SUM");
		// the export needs the audit administrator's role
		this.mvc
			.perform(get("/admin/audit/export.csv").session(Staff.signIn(this.mvc,
					Staff.create(this.accounts, Role.CLERK,
							this.agencies.create(AgencyFixtures.county("审计县" + System.nanoTime()))))))
			.andExpect(status().isForbidden());
	}

	private void record(String action, String object, String after) {
		this.transactions.executeWithoutResult((tx) -> this.audit
			.record(AuditRecord.of(action, action.startsWith("request") ? "DisclosureRequest" : "Publication", object)
				.withActor("test")
				.withAfter(after)));
	}

	private MockHttpSession auditor() throws Exception {
		return Staff.signIn(this.mvc, Staff.create(this.accounts, Role.AUDIT_ADMIN, null));
	}

}
