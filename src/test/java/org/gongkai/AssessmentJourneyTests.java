package org.gongkai;

import java.time.LocalDate;

import java.io.IOException;
import java.util.List;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.assessment.AssessmentSchemes;
import org.gongkai.assessment.Assessments;
import org.gongkai.inspection.Inspections;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment in real headless Chromium with JavaScript off, at 1280 and 390 px: the
 * clerk's self-assessment refused with every problem at the top linking to its field,
 * then submitted; the office scores, finalises and publishes; the public page shows the
 * total without sideways scrolling; axe-core finds no serious violation on the
 * self-assessment page and the public page.
 */
class AssessmentJourneyTests extends BrowserJourney {

	@Autowired
	AssessmentSchemes schemes;

	@Autowired
	Assessments assessments;

	@Autowired
	Inspections inspections;

	/**
	 * The journey assesses 2026's second quarter: it stands there whatever day the suite
	 * runs on.
	 */
	@BeforeEach
	void inTheSecondQuarter() {
		TestClock.INSTANCE.setToday(LocalDate.of(2026, 6, 15));
	}

	@AfterEach
	void resetTheClock() {
		TestClock.INSTANCE.reset();
	}

	@Test
	void aClerkSelfAssessesTheOfficeScoresAndPublishesAndThePublicSeesTheTotal() throws Exception {
		AgencyData countyData = AgencyFixtures.county("考核旅程县" + System.nanoTime() % 100000);
		long county = this.agencies.create(countyData);
		AgencyData bureauData = AgencyFixtures.under(county, AgencyLevel.DEPARTMENT,
				"考核旅程局" + System.nanoTime() % 100000);
		long bureau = this.agencies.create(bureauData);
		CaseFixtures.as("journey-office", Role.DISCLOSURE_OFFICE, county, () -> {
			this.schemes.loadSample(county, "QUARTER", "2026");
			this.assessments.open(county, "2026Q2");
			return this.inspections.run(bureauData.creditCode());
		});
		String detail = "/admin/assessment/" + bureauData.creditCode() + "/2026Q2";

		String clerk = Staff.create(this.accounts, Role.CLERK, bureau);
		signIn(clerk);
		assertThat(chromium.mainText()).contains("待自评：政务公开考核");
		browser.get(url(detail));
		List<org.openqa.selenium.WebElement> points = browser
			.findElements(By.cssSelector("#self-form input[name^='points-']"));
		assertThat(points).hasSize(6);
		points.get(0).sendKeys("11");
		clickAndWait(By.cssSelector("#self-form button[name=submit]"));
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("的得分应为0至5之间的数").contains("请填写“");
		String first = points(browser).get(0).getAttribute("id");
		assertThat(browser.findElement(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#" + first);
		assertThat(browser.findElement(By.id(first)).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id(first)).getAttribute("value")).as("kept").isEqualTo("11");
		screenshot("assessment-self-errors-1280");
		phone(browser);
		assertThat(sideways(browser)).as("the self-assessment at 390 px").isFalse();
		screenshot("assessment-self-errors-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
		String[] typed = { "5", "9", "4.5", "5", "3", "4" };
		for (int i = 0; i < typed.length; i++) {
			points(browser).get(i).clear();
			points(browser).get(i).sendKeys(typed[i]);
		}
		clickAndWait(By.cssSelector("#self-form button[name=submit]"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("自评已提交");
		assertThat(browser.findElement(By.id("state")).getText()).contains("已提交自评，待评分");
		signOut();

		signIn(Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county));
		assertThat(chromium.mainText()).contains("待评分：已提交自评的考核");
		browser.get(url("/admin/assessment/periods/" + countyData.creditCode() + "/2026Q2"));
		clickAndWait(By.cssSelector("#score-all button"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("已为1个单位评分");
		browser.get(url(detail));
		assertThat(browser.findElement(By.id("total")).getText()).contains("60");
		clickAndWait(By.cssSelector("#finalise button"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("考核已定稿，总分 60 分");
		screenshot("assessment-final-1280");
		browser.get(url("/admin/assessment/periods/" + countyData.creditCode() + "/2026Q2"));
		clickAndWait(By.cssSelector("#publish button"));
		assertThat(browser.findElement(By.id("published")).getText()).contains("本期结果已公示");
		phone(browser);
		assertThat(sideways(browser)).as("the period table at 390 px").isFalse();
		screenshot("assessment-period-390");
		signOut();

		String result = "/assessments/" + countyData.creditCode() + "/2026Q2";
		browser.manage().window().setSize(new Dimension(390, 900));
		browser.get(url(result));
		assertThat(chromium.mainText()).contains(bureauData.name(), "60");
		assertThat(sideways(browser)).as("the public result at 390 px").isFalse();
		screenshot("assessment-public-390");
		browser.manage().window().setSize(new Dimension(1280, 900));

		Chromium scripted = Chromium.sharedWithJavaScript();
		WebDriver axe = scripted.driver();
		axe.manage().window().setSize(new Dimension(390, 900));
		axe.get(url(result));
		assertThat(AxeCheck.seriousViolations(axe)).as("axe on the public result").isEmpty();
		axe.get(url("/login"));
		axe.findElement(By.id("username")).sendKeys(clerk);
		axe.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
		// wait for the sign-in to land before asking for the page: a navigation
		// started while the sign-in is still in flight is overtaken by its redirect
		scripted.clickAndWait(By.cssSelector("form.form button[type=submit]"));
		axe.get(url(detail));
		assertThat(axe.getCurrentUrl()).endsWith(detail);
		assertThat(AxeCheck.seriousViolations(axe)).as("axe on the assessment page").isEmpty();
	}

	private static List<org.openqa.selenium.WebElement> points(WebDriver driver) {
		return driver.findElements(By.cssSelector("#self-form input[name^='points-']"));
	}

	private static void phone(WebDriver driver) {
		driver.manage().window().setSize(new Dimension(390, 1600));
	}

	private static boolean sideways(WebDriver driver) throws IOException {
		Object wider = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(wider);
	}

}
