package org.gongkai;

import org.gongkai.village.VillageDeskAccess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's village journey in headless Chromium with JavaScript off, on 6 December
 * 2026: the village's clerk finds November's accounts missing and drafts them with their
 * period, the village's reviewer approves the content, the supervision committee's member
 * signs with an opinion and the posting is published, and the township's clerk sees
 * November as posted for that village and missing for the other.
 */
@TestToday("2026-12-06")
class VillageJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Test
	void theMonthsAccountsGoFromTheClerkThroughTheCommitteeToTheTownshipsView() throws Exception {
		VillageDeskAccess desk = VillageDeskAccess.of(this.context);

		signIn(desk.clerk());
		browser.get(url("/admin/villages/" + desk.villageCode()));
		assertThat(browser.findElement(By.cssSelector("tr[data-period='2026-11']")).getAttribute("data-state"))
			.isEqualTo("MISSING");
		shots("village-page");
		clickAndWait(By.cssSelector("tr[data-period='2026-11'] a.draft-link"));
		assertThat(browser.findElement(By.id("period")).getAttribute("value")).isEqualTo("2026-11");
		browser.findElement(By.id("title")).sendKeys("2026年11月财务收支明细");
		browser.findElement(By.id("body"))
			.sendKeys("11月收支情况如下。\n\n日期|摘要|收入（元）|支出（元）\n11月1日|上月结余|12000.00|\n11月8日|村道维修||3200.00");
		shots("village-posting-form");
		clickAndWait(By.cssSelector("main form.form button[type=submit]"));
		String itemUrl = browser.getCurrentUrl();
		assertThat(itemUrl).contains("/admin/publications/");
		clickAndWait(By.xpath("//button[normalize-space()='提交审核']"));
		signOut();

		signIn(desk.reviewer());
		browser.get(itemUrl);
		clickAndWait(By.xpath("//button[normalize-space()='审核通过']"));
		assertThat(chromium.mainText()).contains("已送村务监督委员会审核");
		signOut();

		signIn(desk.supervisor());
		browser.get(url("/admin"));
		assertThat(browser.findElement(By.cssSelector("li[data-todo=supervision-review]")).getText()).contains("1");
		browser.get(itemUrl);
		browser.findElement(By.id("supervision-comment")).sendKeys("收支与凭证核对无误，同意公开");
		shots("village-supervision");
		clickAndWait(By.cssSelector("#supervision-form button[value=true]"));
		assertThat(chromium.mainText()).contains("村务监督委员会已审核签字，已公开");
		signOut();

		signIn(desk.townshipClerk());
		browser.get(url("/admin/villages"));
		assertThat(browser
			.findElement(By.cssSelector("tr[data-village='" + desk.villageCode() + "'] td.due p[data-state]"))
			.getAttribute("data-state")).isEqualTo("POSTED");
		assertThat(browser
			.findElement(By.cssSelector("tr[data-village='" + desk.otherVillageCode() + "'] td.due p[data-state]"))
			.getAttribute("data-state")).isEqualTo("MISSING");
		assertThat(browser.findElement(By.cssSelector("tr[data-village='" + desk.villageCode() + "'] td.year-count"))
			.getAttribute("data-count")).isEqualTo("1");
		shots("village-overview");
		signOut();
	}

	private static void shots(String name) throws Exception {
		screenshot(name + "-1280");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot(name + "-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

}
