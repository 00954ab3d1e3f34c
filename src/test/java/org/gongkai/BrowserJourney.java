package org.gongkai;

import java.io.IOException;

import org.gongkai.account.AccountManagement;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser journey needs: the application on a random port, the headless
 * Chromium all journeys share, handed to each class fresh ({@link Chromium#shared()}),
 * and staff signing in and out through the real login form.
 */
@GongkaiTest
public abstract class BrowserJourney {

	protected static Chromium chromium;

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected AgencyManagement agencies;

	@Autowired
	protected AccountManagement accounts;

	@BeforeAll
	static void startBrowser() throws IOException {
		chromium = Chromium.shared();
		browser = chromium.driver();
	}

	/** Signs in through the login form with a fresh set of cookies. */
	protected void signIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin");
	}

	/** Signs out with the header's button and forgets every cookie. */
	protected void signOut() {
		clickAndWait(By.xpath("//button[normalize-space()='退出登录']"));
		browser.manage().deleteAllCookies();
	}

	/**
	 * A citizen applies online to the agency, without an account and with a fresh set of
	 * cookies, asking for an electronic copy delivered online; the browser stays on the
	 * receipt page.
	 * @return the tracking number and query code the receipt shows
	 */
	protected Receipt applyOnline(String creditCode, String name, String idNumber, String email, String description) {
		browser.manage().deleteAllCookies();
		browser.get(url("/agencies/" + creditCode + "/requests/new"));
		browser.findElement(By.id("applicantName")).sendKeys(name);
		browser.findElement(By.id("idType")).sendKeys("居民身份证");
		browser.findElement(By.id("idNumber")).sendKeys(idNumber);
		browser.findElement(By.id("phone")).sendKeys("13800138000");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("description")).sendKeys(description);
		tick(By.cssSelector("input[name=formats][value=EMAIL]"));
		tick(By.cssSelector("input[name=delivery][value=ONLINE]"));
		clickAndWait(By.cssSelector("main form button[type=submit]"));
		return new Receipt(browser.findElement(By.id("tracking-no")).getText(),
				browser.findElement(By.id("query-code")).getText());
	}

	/** What the receipt page shows the applicant. */
	protected record Receipt(String trackingNo, String queryCode) {

	}

	/** Ticks a checkbox or radio button unless it is ticked already. */
	protected static void tick(By choice) {
		WebElement box = browser.findElement(choice);
		if (!box.isSelected()) {
			box.click();
		}
	}

	protected static void clickAndWait(By target) {
		chromium.clickAndWait(target);
	}

	protected static void screenshot(String name) throws IOException {
		chromium.screenshot(name);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
