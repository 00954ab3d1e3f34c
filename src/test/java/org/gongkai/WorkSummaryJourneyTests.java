package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's journey in real headless Chromium: a township's clerk drafts the half-year's
 * work summary, replaces the prompts of 存在问题 and 下一步工作计划 and saves; the leader finalises
 * it and downloads the DOCX; the county's disclosure office reads the side-by-side table
 * on a phone, where the table scrolls in its box and the page does not scroll sideways.
 */
class WorkSummaryJourneyTests extends BrowserJourney {

	@BeforeEach
	void pin() {
		TestClock.INSTANCE.setToday(LocalDate.of(2026, 6, 15));
	}

	@AfterEach
	void reset() {
		TestClock.INSTANCE.reset();
	}

	@Test
	void aClerkDraftsTheLeaderFinalisesAndTheCountyComparesOnAPhone() throws Exception {
		long n = System.nanoTime() % 100000;
		long county = this.agencies.create(AgencyFixtures.county("总结旅程县" + n));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "总结旅程镇" + n + "人民政府");
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		String leader = Staff.create(this.accounts, Role.LEADER, town);
		String office = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county);

		signIn(clerk);
		browser.get(url("/admin/work-summaries?period=2026H1"));
		clickAndWait(By.id("draft-" + town));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已起草工作总结。");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(townData.name() + "2026年上半年政务公开工作总结");
		assertThat(browser.findElement(By.id("figures")).getText()).contains("主动公开政府信息", "收到群众来信");
		assertThat(browser.findElement(By.id("unfinished")).getText()).contains("存在问题", "下一步工作计划");
		replace(By.id("problems"), "个别栏目更新不够及时。");
		replace(By.id("plans"), "加强栏目巡查，每月通报一次。");
		clickAndWait(By.id("save"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("正文已保存。");
		assertThat(browser.findElements(By.id("unfinished"))).isEmpty();
		String page = browser.getCurrentUrl();
		screenshot("work-summary-clerk-1280");
		signOut();

		signIn(leader);
		browser.get(page);
		clickAndWait(By.cssSelector("#finalise button"));
		assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("已定稿");
		Path docx = chromium.download(By.id("docx"), ".docx");
		try (InputStream in = Files.newInputStream(docx);
				XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains(townData.name() + "2026年上半年政务公开工作总结", "个别栏目更新不够及时。", "加强栏目巡查，每月通报一次。");
		}
		signOut();

		signIn(office);
		browser.get(url("/admin/work-summaries?period=2026H1"));
		assertThat(browser.findElement(By.id("summaries")).getText()).contains(townData.name(), "已定稿");
		browser.manage().window().setSize(new Dimension(390, 1200));
		screenshot("work-summary-county-390");
		assertThat(sideways(browser)).as("the county view at 390 px").isFalse();
		WebElement box = browser.findElement(By.cssSelector(".table-scroll"));
		assertThat(box.findElements(By.id("summaries"))).hasSize(1);
		browser.manage().window().setSize(new Dimension(1280, 900));
		screenshot("work-summary-county-1280");
		signOut();
	}

	private static void replace(By field, String text) {
		WebElement element = browser.findElement(field);
		element.clear();
		element.sendKeys(text);
	}

	private static boolean sideways(WebDriver driver) throws IOException {
		Object wider = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(wider);
	}

}
