package org.gongkai;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 3 in real headless Chromium (Debian's package) with JavaScript
 * off: a clerk drafts an item whose body holds a valid resident ID number, sees it
 * blocked, masks it with one click and submits; a reviewer and a confidentiality reviewer
 * approve in their own sessions; an anonymous reader finds the item through the search
 * box and sees only the masked number. Screenshots go to target/screenshots.
 */
class SearchJourneyTests extends BrowserJourney {

	/** A valid GB 11643 number (check character X), as in the privacy tests. */
	private static final String ID_NUMBER = "11010519491231002X";

	private static final String MASKED = "11*************02X";

	@Test
	void aMaskedIdNumberPassesBothReviewsAndTheAnonymousPublicFindsOnlyTheMaskedFormThroughSearch() throws Exception {
		AgencyData data = AgencyFixtures.county("旅程县" + System.nanoTime() % 100000);
		long agencyId = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agencyId);
		String reviewer = Staff.create(this.accounts, Role.REVIEWER, agencyId);
		String confidentiality = Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, agencyId);
		String title = "关于城南社区临时救助对象审核结果的公示（第" + System.nanoTime() % 100000 + "批）";

		signIn(clerk);
		browser.get(url("/admin/publications/new?agencyId=" + agencyId));
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("body")).sendKeys("经审核，申请人王某（公民身份号码 " + ID_NUMBER + "）符合临时救助条件。\n\n公示期为五个工作日。");
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		WebElement blocked = browser.findElement(By.id("blocked-notice"));
		assertThat(blocked.getText()).contains("发布受阻", "1 处");
		assertThat(blocked.getAttribute("role")).isEqualTo("alert");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("身份证", MASKED);
		screenshot("journey-blocked");
		clickAndWait(By.xpath("//button[normalize-space()='遮盖']"));
		assertThat(browser.findElements(By.id("blocked-notice"))).isEmpty();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(MASKED)
			.contains("未发现个人信息")
			.doesNotContain(ID_NUMBER);
		clickAndWait(By.xpath("//button[normalize-space()='提交审核']"));
		String itemUrl = browser.getCurrentUrl();
		signOut();

		signIn(reviewer);
		browser.get(itemUrl);
		clickAndWait(By.xpath("//button[normalize-space()='审核通过']"));
		signOut();

		signIn(confidentiality);
		browser.get(itemUrl);
		clickAndWait(By.xpath("//button[normalize-space()='保密审查通过并发布']"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已发布");
		signOut();

		browser.manage().deleteAllCookies();
		browser.get(url("/"));
		browser.findElement(By.id("header-q")).sendKeys("临时救助 公示");
		clickAndWait(By.cssSelector("form.header-search button[type=submit]"));
		assertThat(browser.getCurrentUrl()).contains("/search?");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("共找到");
		assertThat(browser.findElements(By.cssSelector(".search-results em"))).isNotEmpty();
		assertThat(browser.getPageSource()).doesNotContain(ID_NUMBER);
		screenshot("journey-search");
		clickAndWait(By.linkText(title));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains(title, MASKED, "公示期为五个工作日").doesNotContain(ID_NUMBER);
		assertThat(browser.getPageSource()).doesNotContain(ID_NUMBER);
		screenshot("journey-public");
	}

}
