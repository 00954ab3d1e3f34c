package org.gongkai;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.concerns.ConcernInput;
import org.gongkai.concerns.Concerns;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's journey in real headless Chromium: a township's clerk registers a rumour,
 * drafts the response from the concern's page and submits it; the reviewer and the
 * confidentiality reviewer publish it; the public list shows it answered with the hours
 * it took; the county office's overdue list shows a concern left open past due, on a
 * phone without sideways scrolling.
 */
class ConcernJourneyTests extends BrowserJourney {

	@Autowired
	Concerns concerns;

	@Test
	void aClerkRespondsToARumourAndTheOfficeSeesWhatIsOverdue() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("关切县" + System.nanoTime() % 100000));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "关切镇" + System.nanoTime() % 100000);
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		String reviewer = Staff.create(this.accounts, Role.REVIEWER, town);
		String secrecy = Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, town);
		String office = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county);

		signIn(clerk);
		browser.get(url("/admin/concerns"));
		clickAndWait(By.cssSelector("a.new-concern"));
		browser.findElement(By.id("title")).sendKeys("网传关切镇中学停课");
		browser.findElement(By.id("source")).sendKeys("网络（本地论坛）");
		browser.findElement(By.id("handler")).sendKeys("党政办 李敏");
		clickAndWait(By.id("save"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("已登记");
		assertThat(chromium.mainText()).contains("待回应", "48小时内回应");
		shots("concerns-concern");
		clickAndWait(By.id("draft-response"));
		assertThat(browser.getCurrentUrl()).matches(".*/admin/publications/\\d+/edit");
		WebElement body = browser.findElement(By.id("body"));
		body.clear();
		body.sendKeys("经核实，关切镇中学教学秩序正常，网传停课消息不实。");
		clickAndWait(By.cssSelector("main form.form button[type=submit]"));
		String item = browser.getCurrentUrl();
		clickAndWait(By.cssSelector("form[action$='/submit'] button"));
		signOut();

		signIn(reviewer);
		browser.get(item);
		clickAndWait(By.cssSelector("form[action$='/content-review'] button[value=true]"));
		signOut();
		signIn(secrecy);
		browser.get(item);
		clickAndWait(By.cssSelector("form[action$='/confidentiality-review'] button[value=true]"));
		signOut();

		String list = "/agencies/" + townData.creditCode() + "/concerns";
		browser.get(url(list));
		assertThat(chromium.mainText()).contains("网传关切镇中学停课", "0小时 · 在48小时时限内");
		shots("concerns-public");
		clickAndWait(By.partialLinkText("网传关切镇中学停课"));
		assertThat(chromium.mainText()).contains("关于网传关切镇中学停课的回应", "网传停课消息不实");

		// a major emergency seen 30 hours ago and still open: overdue
		String arose = LocalDateTime.now(TestClock.INSTANCE)
			.minus(Duration.ofHours(30))
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		CaseFixtures.asDoing(clerk, Role.CLERK, town, () -> this.concerns.register(town,
				new ConcernInput("关切镇河堤管涌险情", "INCIDENT", "上级交办", arose, "MAJOR_EMERGENCY", "应急办 王强")));
		signIn(office);
		browser.get(url("/admin/concerns?filter=overdue"));
		assertThat(chromium.mainText()).contains("关切镇河堤管涌险情", "已逾期未回应").doesNotContain("网传关切镇中学停课");
		shots("concerns-overdue");
		signOut();

		Chromium scripted = Chromium.sharedWithJavaScript();
		WebDriver driver = scripted.driver();
		driver.manage().window().setSize(new Dimension(390, 900));
		driver.get(url(list));
		assertThat(AxeCheck.seriousViolations(driver)).as("axe on the public list").isEmpty();
		assertThat(sideways(driver)).as("public list at 390 px").isFalse();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(office);
		driver.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
		// wait for the sign-in to land before asking for the page: a navigation started
		// while the sign-in is still in flight is overtaken by its redirect to /admin
		scripted.clickAndWait(By.cssSelector("form.form button[type=submit]"));
		driver.get(url("/admin/concerns?filter=overdue"));
		assertThat(driver.getCurrentUrl()).endsWith("/admin/concerns?filter=overdue");
		assertThat(AxeCheck.seriousViolations(driver)).as("axe on the overdue list").isEmpty();
		assertThat(sideways(driver)).as("overdue list at 390 px").isFalse();
	}

	private static boolean sideways(WebDriver driver) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;"));
	}

	private static void shots(String name) throws Exception {
		screenshot(name + "-1280");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot(name + "-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

}
