package org.gongkai;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys in real headless Chromium (Debian's package), with JavaScript switched off:
 * the public reads the agency list and an agency's contacts; staff sign in; the system
 * administrator registers an agency, first with a mistyped credit code. Screenshots go to
 * target/screenshots.
 */
class BrowserJourneyTests extends BrowserJourney {

	@Test
	void thePublicReadsTheAgencyListAndAnAgencysContacts() throws Exception {
		String name = "浏览县人民政府" + System.nanoTime() % 100000;
		AgencyData county = AgencyFixtures.county(name);
		long id = this.agencies.create(county);
		this.agencies.create(AgencyFixtures.under(id, AgencyLevel.TOWNSHIP, "浏览镇人民政府"));
		browser.get(url("/"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("政府信息公开");
		assertThat(browser.findElement(By.cssSelector("a.skip-link")).getAttribute("href")).endsWith("#main");
		screenshot("home");
		clickAndWait(By.linkText(name));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("0771-5210001")
			.contains("office@example.gov.cn")
			.contains("浏览镇人民政府");
		screenshot("agency");
	}

	@Test
	void staffSignInAndTheSystemAdministratorRegistersAnAgency() throws Exception {
		String admin = Staff.create(this.accounts, Role.SYSTEM_ADMIN, null);
		browser.manage().deleteAllCookies();
		browser.get(url("/admin/agencies"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys(admin);
		browser.findElement(By.id("password")).sendKeys("wrong-password-1");
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("用户名或密码错误");
		browser.findElement(By.id("username")).sendKeys(admin);
		browser.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("系统管理员");

		clickAndWait(By.linkText("行政机关"));
		clickAndWait(By.linkText("新增机关"));
		String code = AgencyFixtures.randomCreditCode();
		String mistyped = code.substring(0, 17) + ((code.charAt(17) == '0') ? '1' : '0');
		browser.findElement(By.id("creditCode")).sendKeys(mistyped);
		browser.findElement(By.id("name")).sendKeys("浏览器测试县人民政府");
		browser.findElement(By.id("shortName")).sendKeys("浏览器测试县");
		browser.findElement(By.id("level")).sendKeys("县级人民政府");
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).contains("统一社会信用代码无效");
		assertThat(browser.findElement(By.id("creditCode")).getAttribute("aria-invalid")).isEqualTo("true");
		screenshot("agency-error");
		browser.findElement(By.id("creditCode")).clear();
		browser.findElement(By.id("creditCode")).sendKeys(code);
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("已保存");
		assertThat(this.agencies.findByCreditCode(code)).isPresent();
		screenshot("agency-saved");
	}

}
