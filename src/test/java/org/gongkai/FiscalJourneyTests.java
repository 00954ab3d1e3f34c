package org.gongkai;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.fiscal.FiscalJourneyFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's special-fund journey in real headless Chromium with JavaScript off: a
 * township's clerk creates a household subsidy fund, imports its household list from XLSX
 * and submits it; the reviewer publishes it; a reader finds it from the township's 涉农补贴
 * column and sees the households with names and ID numbers masked.
 */
class FiscalJourneyTests extends BrowserJourney {

	@Test
	void aClerkImportsAHouseholdListAndTheReaderSeesItMasked() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("专项资金县" + System.nanoTime() % 100000));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "专项资金镇" + System.nanoTime() % 100000);
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		String reviewer = Staff.create(this.accounts, Role.REVIEWER, town);
		Path list = Files.createTempFile("households", ".xlsx");
		Files.write(list, FiscalJourneyFiles.householdList());

		signIn(clerk);
		browser.get(url("/admin/fiscal"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/fiscal/" + townData.creditCode());
		clickAndWait(By.id("new-fund"));
		browser.findElement(By.id("name")).sendKeys("耕地地力保护补贴");
		browser.findElement(By.id("amount")).sendKeys("0.08");
		tick(By.id("households"));
		browser.findElement(By.id("legalBasis")).sendKeys("县财政局《耕地地力保护补贴实施方案》");
		browser.findElement(By.id("allocationMethod")).sendKeys("按承包面积每亩125元补贴到户");
		browser.findElement(By.id("disbursement")).sendKeys("已通过一卡通拨付到户");
		clickAndWait(By.id("save"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已保存。");
		browser.findElement(By.id("file")).sendKeys(list.toAbsolutePath().toString());
		clickAndWait(By.id("import"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已导入3户发放对象。");
		assertThat(chromium.mainText()).contains("张建国");
		shots("fiscal-fund-staff");
		clickAndWait(By.id("submit"));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");
		String fundPage = browser.getCurrentUrl();
		signOut();

		signIn(reviewer);
		browser.get(fundPage);
		clickAndWait(By.id("publish"));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已公开");
		assertThat(chromium.mainText()).contains("完整");
		signOut();

		browser.get(url("/agencies/" + townData.creditCode()));
		clickAndWait(By.linkText("涉农补贴"));
		clickAndWait(By.cssSelector("#fiscal-link a"));
		clickAndWait(By.partialLinkText("耕地地力保护补贴"));
		String page = chromium.mainText();
		assertThat(page).contains("张**", "王**", "柳湾村", "375.50", "县财政局《耕地地力保护补贴实施方案》")
			.doesNotContain("张建国")
			.doesNotContain(FiscalJourneyFiles.FIRST_ID);
		assertThat(page).contains(FiscalJourneyFiles.FIRST_ID.substring(0, 2) + "*************"
				+ FiscalJourneyFiles.FIRST_ID.substring(15));
		shots("fiscal-fund-public");
		Files.deleteIfExists(list);

		// the public fiscal pages: no serious axe violation, no sideways scrolling on a
		// phone
		List<String> pages = List.of("/agencies/" + townData.creditCode() + "/fiscal",
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

	private static void shots(String name) throws Exception {
		screenshot(name + "-1280");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot(name + "-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

}
