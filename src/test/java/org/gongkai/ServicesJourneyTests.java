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
 * Issue 16's service-guide journey in real headless Chromium with JavaScript off: a
 * township's clerk writes a service item without its fee and its form and adds the 为民服务中心
 * handling it; the reviewer publishes it; a reader finds it from the township's 办事服务
 * column on a phone without sideways scrolling; the website inspection reports the
 * guide's missing elements.
 */
class ServicesJourneyTests extends BrowserJourney {

	@Test
	void aGuideWithoutFeeAndFormIsPublishedReadOnAPhoneAndFlaggedByTheInspection() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("办事旅程县" + System.nanoTime() % 100000));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "办事旅程镇" + System.nanoTime() % 100000);
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		String reviewer = Staff.create(this.accounts, Role.REVIEWER, town);

		signIn(clerk);
		browser.get(url("/admin/services"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/services/" + townData.creditCode());
		clickAndWait(By.id("new-item"));
		browser.findElement(By.id("name")).sendKeys("临时救助申请");
		browser.findElement(By.id("basis")).sendKeys("《社会救助暂行办法》第四十七条");
		browser.findElement(By.id("conditions")).sendKeys("因意外事件导致基本生活暂时出现严重困难的家庭");
		browser.findElement(By.id("materials")).sendKeys("申请书、居民身份证、相关证明");
		browser.findElement(By.id("process")).sendKeys("申请→受理→核实→审批→发放");
		browser.findElement(By.id("legalDays")).sendKeys("15");
		browser.findElement(By.id("promisedDays")).sendKeys("10");
		browser.findElement(By.id("consultPhone")).sendKeys("0775-6281234");
		browser.findElement(By.id("supervisionPhone")).sendKeys("12345");
		clickAndWait(By.id("save"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已保存。");
		assertThat(browser.findElement(By.id("completeness")).getText()).contains("收费标准", "表格下载");
		String itemPage = browser.getCurrentUrl();
		browser.get(url("/admin/services/" + townData.creditCode()));
		clickAndWait(By.id("new-point"));
		browser.findElement(By.id("name")).sendKeys("办事旅程镇为民服务中心");
		browser.findElement(By.id("address")).sendKeys("人民路18号");
		browser.findElement(By.id("hours")).sendKeys("工作日 8:30-12:00，14:30-17:30");
		browser.findElement(By.id("phone")).sendKeys("0775-6281234");
		tick(By.cssSelector("#itemIds input[type=checkbox]"));
		clickAndWait(By.id("save"));
		assertThat(browser.findElement(By.id("points")).getText()).contains("办事旅程镇为民服务中心", "临时救助申请");
		signOut();

		signIn(reviewer);
		browser.get(itemPage);
		clickAndWait(By.id("publish"));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已发布");
		signOut();

		browser.get(url("/agencies/" + townData.creditCode()));
		clickAndWait(By.linkText("办事服务"));
		clickAndWait(By.cssSelector("#services-link a"));
		assertThat(chromium.mainText()).contains("办事旅程镇为民服务中心", "人民路18号", "临时救助申请");
		String servicesPath = new java.net.URI(browser.getCurrentUrl()).getPath();
		clickAndWait(By.cssSelector("#points a[href*='/services/']"));
		assertThat(browser.findElement(By.id("el-fees")).getText()).isEqualTo("暂未公布");
		String itemPath = new java.net.URI(browser.getCurrentUrl()).getPath();
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot("services-item-390");
		browser.manage().window().setSize(new Dimension(1280, 900));

		Chromium scripted = Chromium.sharedWithJavaScript();
		WebDriver axe = scripted.driver();
		for (int width : List.of(390, 1280)) {
			axe.manage().window().setSize(new Dimension(width, 900));
			for (String path : List.of(servicesPath, itemPath)) {
				axe.get(url(path));
				assertThat(AxeCheck.seriousViolations(axe)).as("axe on %s at %d px", path, width).isEmpty();
				assertThat(((JavascriptExecutor) axe).executeScript(
						"return document.documentElement.scrollWidth > document.documentElement.clientWidth;"))
					.as("%s at %d px scrolls sideways", path, width)
					.isEqualTo(Boolean.FALSE);
			}
		}

		signIn(clerk);
		browser.get(url("/admin/inspection/" + townData.creditCode()));
		clickAndWait(By.cssSelector("#run button"));
		String findings = browser.findElement(By.id("findings")).getText();
		assertThat(findings).contains("办事指南要素缺失", "办事指南《临时救助申请》要素缺失：缺少收费标准、表格下载");
		screenshot("services-inspection-report");
	}

}
