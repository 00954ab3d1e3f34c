package org.gongkai;

import java.util.List;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's catalogue of major decisions in real headless Chromium with JavaScript off:
 * a township's clerk creates the year's catalogue, adds a decision and records that
 * expert argument does not apply; the reviewer publishes the catalogue and the stage; a
 * reader finds the catalogue from the township's 重大行政决策 column and sees the item with its
 * stages as a timeline, on a phone without scrolling sideways.
 */
class DecisionsJourneyTests extends BrowserJourney {

	@Test
	void aClerkDraftsTheCatalogueTheReviewerPublishesItAndAReaderFindsIt() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("决策目录县" + System.nanoTime() % 100000));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "决策目录镇" + System.nanoTime() % 100000);
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		String reviewer = Staff.create(this.accounts, Role.REVIEWER, town);
		int year = TestClock.INSTANCE.today().getYear();

		signIn(clerk);
		browser.get(url("/admin/decisions"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/decisions/" + townData.creditCode());
		browser.findElement(By.id("year")).clear();
		browser.findElement(By.id("year")).sendKeys(String.valueOf(year));
		clickAndWait(By.id("create-catalogue"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已新建目录。");
		clickAndWait(By.id("new-item"));
		browser.findElement(By.id("title")).sendKeys("集镇农贸市场改造提升");
		browser.findElement(By.id("unit")).sendKeys("镇经济发展办公室");
		browser.findElement(By.id("plannedTime")).sendKeys(year + "年第四季度");
		browser.findElement(By.id("legalBasis")).sendKeys("《重大行政决策程序暂行条例》");
		clickAndWait(By.id("save"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已保存。");
		String itemPage = browser.getCurrentUrl();
		clickAndWait(By.id("record-EXPERT_ARGUMENT"));
		tick(By.id("skipped"));
		browser.findElement(By.id("skipReason")).sendKeys("不涉及专业性、技术性较强的问题");
		clickAndWait(By.id("save"));
		clickAndWait(By.cssSelector("#stage-steps button[id$='-submit']"));
		screenshot("decisions-admin-item-1280");
		clickAndWait(By.id("back"));
		clickAndWait(By.id("catalogue-submit"));
		screenshot("decisions-admin-catalogue-1280");
		assertThat(browser.findElement(By.id("catalogue-status")).getText()).isEqualTo("待审核");
		signOut();

		signIn(reviewer);
		assertThat(chromium.mainText()).contains("待审核：重大行政决策");
		browser.get(url("/admin/decisions/" + townData.creditCode()));
		clickAndWait(By.id("catalogue-publish"));
		assertThat(browser.findElement(By.id("catalogue-status")).getText()).isEqualTo("已公开");
		browser.get(itemPage);
		clickAndWait(By.cssSelector("#stage-steps button[id$='-publish']"));
		signOut();

		browser.get(url("/agencies/" + townData.creditCode()));
		clickAndWait(By.linkText("法定主动公开内容"));
		clickAndWait(By.linkText("重大行政决策"));
		clickAndWait(By.cssSelector("#decisions-link a"));
		String catalogue = chromium.mainText();
		assertThat(catalogue).contains("集镇农贸市场改造提升", "镇经济发展办公室", "专家论证", "不适用", "合法性审查", "未开展",
				"目录于" + TestClock.INSTANCE.today() + "公布");
		screenshot("decisions-catalogue-1280");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot("decisions-catalogue-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
		clickAndWait(By.partialLinkText("集镇农贸市场改造提升"));
		assertThat(chromium.mainText()).contains("不涉及专业性、技术性较强的问题");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot("decisions-item-390");
		browser.manage().window().setSize(new Dimension(1280, 900));

		List<String> pages = List.of("/agencies/" + townData.creditCode() + "/decisions",
				new java.net.URI(browser.getCurrentUrl()).getPath());
		Chromium scripted = Chromium.sharedWithJavaScript();
		WebDriver axe = scripted.driver();
		for (int width : List.of(390, 1280)) {
			axe.manage().window().setSize(new Dimension(width, 900));
			for (String path : pages) {
				axe.get(url(path));
				assertThat(AxeCheck.seriousViolations(axe)).as("axe on %s at %d px", path, width).isEmpty();
				assertThat(((JavascriptExecutor) axe).executeScript(
						"return document.documentElement.scrollWidth > document.documentElement.clientWidth;"))
					.as("%s at %d px scrolls sideways", path, width)
					.isEqualTo(Boolean.FALSE);
			}
		}
	}

}
