package org.gongkai;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationReview;
import org.gongkai.publication.Validity;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's back-office pages in real headless Chromium with JavaScript off, at 1280 and
 * 390 px: the publication list filtered by choice, the withdrawal that asks on its own
 * page and then says what happened, the audit log with Chinese names and its export link,
 * and the public application form that lists every problem at the top, each linking to
 * its field.
 */
class BackOfficePagesJourneyTests extends BrowserJourney {

	@Autowired
	PublicationDrafting drafting;

	@Autowired
	PublicationReview review;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	Clock clock;

	@Test
	void listsConfirmationsAuditLogAndFormErrorsWorkWithoutScript() throws Exception {
		AgencyData data = AgencyFixtures.county("页面县" + System.nanoTime() % 100000);
		long agency = this.agencies.create(data);
		long column = this.catalog.publicTree(agency).get(0).id();
		LocalDate today = LocalDate.now(this.clock);
		String title = "关于做好冬季供暖工作的通知";
		long published = CaseFixtures.as("pages-clerk", Role.CLERK, agency, () -> {
			for (int i = 1; i <= 25; i++) {
				this.drafting.draft(agency, new PublicationDraft(column, "第" + i + "期工作简报", null, "正文。", null,
						today.minusDays(i), Genre.NOTICE, Validity.VALID));
			}
			long id = this.drafting.draft(agency,
					new PublicationDraft(column, title, null, "正文。", null, today, Genre.NOTICE, Validity.VALID));
			this.drafting.submit(id);
			return id;
		});
		CaseFixtures.asDoing("pages-reviewer", Role.REVIEWER, agency,
				() -> this.review.contentReview(published, true, ""));
		CaseFixtures.asDoing("pages-secrecy", Role.CONFIDENTIALITY_REVIEWER, agency,
				() -> this.review.confidentialityReview(published, true, ""));

		// the list pages and filters by choice
		signIn(Staff.create(this.accounts, Role.LEADER, agency));
		browser.get(url("/admin/publications"));
		assertThat(chromium.mainText()).contains("共 26 条", "第 1 页，共 2 页");
		shots("publications-list");
		clickAndWait(By.cssSelector("a[rel=next]"));
		assertThat(chromium.mainText()).contains("第 2 页，共 2 页");
		new Select(browser.findElement(By.id("status"))).selectByValue("PUBLISHED");
		clickAndWait(By.cssSelector("#publication-filters button[type=submit]"));
		assertThat(chromium.mainText()).contains("共 1 条", title);

		// withdrawing asks first, then says what happened
		clickAndWait(By.linkText(title));
		clickAndWait(By.id("withdraw-link"));
		assertThat(chromium.mainText()).contains("确认撤回公开内容", "撤回不能撤销");
		shots("confirm-withdraw");
		browser.findElement(By.id("reason")).sendKeys("已被新通知替代");
		clickAndWait(By.cssSelector("#withdraw-form button[type=submit]"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已撤回。");
		signOut();

		// the audit log names actions in Chinese and filters by choice
		signIn(Staff.create(this.accounts, Role.AUDIT_ADMIN, null));
		browser.get(url("/admin/audit"));
		new Select(browser.findElement(By.id("action"))).selectByValue("publication.withdrawn");
		clickAndWait(By.cssSelector("form.filters button[type=submit]"));
		assertThat(chromium.mainText()).contains("撤回公开内容");
		assertThat(browser.findElement(By.id("audit-export")).getAttribute("href"))
			.contains("action=publication.withdrawn");
		shots("audit-log");
		signOut();

		// the public form lists every problem at the top, each linking to its field
		browser.manage().deleteAllCookies();
		browser.get(url("/agencies/" + data.creditCode() + "/requests/new"));
		browser.findElement(By.id("applicantName")).sendKeys("李四");
		clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("请修改以下 6 处问题", "请选择获取信息的方式。");
		shots("application-errors");
		browser.findElement(By.cssSelector("#error-summary a[href='#description']")).click();
		assertThat(browser.getCurrentUrl()).endsWith("#description");
	}

	private static void shots(String name) throws Exception {
		screenshot(name + "-1280");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot(name + "-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

}
