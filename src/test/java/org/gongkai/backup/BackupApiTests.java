package org.gongkai.backup;

import org.junit.jupiter.api.Test;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may back up, and what an in-memory database (the shared test database) answers: the
 * backup itself, on an H2 file, is {@code BackupRestoreTests}.
 */
@GongkaiTest
class BackupApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	/**
	 * What the shared test database answers: in memory on H2; CI's PostgreSQL run is not
	 * the embedded database at all.
	 */
	private static final boolean POSTGRES = System.getProperty("spring.profiles.active", "").contains("postgres");

	private static final String REFUSAL = POSTGRES ? "backup.not-embedded" : "backup.in-memory";

	private static final String REFUSAL_TEXT = POSTGRES
			? "当前使用的不是内置 H2 数据库，不能在线备份。PostgreSQL 请使用 pg_dump 备份数据库，并另行备份上传文件目录。" : "当前数据库是内存数据库，没有可备份的文件。";

	@Test
	void onlyTheSystemAdministratorBacksUpAndAnInMemoryDatabaseIsRefusedInChinese() throws Exception {
		this.mvc.perform(post("/api/v1/admin/backups")).andExpect(status().isUnauthorized());
		String security = Staff.token(this.mvc, Staff.create(this.accounts, Role.SECURITY_ADMIN, null));
		this.mvc.perform(post("/api/v1/admin/backups").header("Authorization", "Bearer " + security))
			.andExpect(status().isForbidden());

		String admin = Staff.token(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		this.mvc.perform(post("/api/v1/admin/backups").header("Authorization", "Bearer " + admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value(REFUSAL))
			.andExpect(jsonPath("$.error").value(REFUSAL_TEXT));
		this.mvc.perform(get("/api/v1/admin/backups").header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
	}

	@Test
	void theBackupPageIsTheSystemAdministratorsAndSaysWhyNothingWasWritten() throws Exception {
		MockHttpSession security = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SECURITY_ADMIN, null));
		this.mvc.perform(get("/admin/backups").session(security)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/backups").session(security).with(csrf())).andExpect(status().isForbidden());

		MockHttpSession admin = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		String page = this.mvc.perform(get("/admin/backups").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("备份与恢复", "立即备份", "--gongkai.restore-from");
		this.mvc.perform(post("/admin/backups").session(admin)).andExpect(status().isForbidden());

		MvcResult created = this.mvc.perform(post("/admin/backups").session(admin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(created.getFlashMap().get("errorKey")).isEqualTo(REFUSAL);
	}

}
