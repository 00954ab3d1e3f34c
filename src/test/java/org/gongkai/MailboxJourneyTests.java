package org.gongkai;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 6 in real headless Chromium with JavaScript off: a citizen writes
 * to an agency's mailbox from its page, with a resident ID number in the letter, and
 * keeps the tracking number and query code; another writes a letter not to be published;
 * the agency's clerk assigns the first to herself and answers it publicly (after a
 * preview of the masked public reply and a ticked confirmation), and answers the second
 * privately; an anonymous reader finds the public reply in the interaction column with
 * the ID number masked; the second writer reads the private reply on /mailbox/track with
 * the code, and a wrong code is refused. Screenshots go to target/screenshots.
 */
class MailboxJourneyTests extends BrowserJourney {

	/** A valid GB 11643 number (check character X), as in the privacy tests. */
	private static final String ID_NUMBER = "11010519491231002X";

	private static final String MASKED = "11*************02X";

	@Test
	void aLetterGoesFromThePublicFormToAMaskedPublicReplyAndAPrivateReplyIsReadWithItsCode() throws Exception {
		AgencyData data = AgencyFixtures.county("信箱旅程镇" + System.nanoTime() % 100000);
		long agencyId = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agencyId);
		String subject = "关于临时救助申请进度的咨询（" + System.nanoTime() % 100000 + "）";

		browser.manage().deleteAllCookies();
		browser.get(url("/agencies/" + data.creditCode()));
		clickAndWait(By.id("interaction-link"));
		clickAndWait(By.id("write-link"));
		browser.findElement(By.id("subject")).sendKeys(subject);
		browser.findElement(By.id("body")).sendKeys("我于上月提交临时救助申请，公民身份号码 " + ID_NUMBER + "，请问办理进度？");
		browser.findElement(By.id("name")).sendKeys("钱九");
		browser.findElement(By.id("phone")).sendKeys("13800138000");
		browser.findElement(By.id("publicConsent")).click();
		screenshot("mailbox-write");
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		String publicNo = browser.findElement(By.id("tracking-no")).getText();
		assertThat(browser.findElement(By.id("query-code")).getText()).matches("[A-HJKMNP-Z2-9]{8}");
		screenshot("mailbox-receipt");

		browser.get(url("/agencies/" + data.creditCode() + "/mailbox/write"));
		browser.findElement(By.id("subject")).sendKeys("家庭情况咨询");
		browser.findElement(By.id("body")).sendKeys("家中老人行动不便，能否上门办理？");
		browser.findElement(By.id("name")).sendKeys("李十");
		browser.findElement(By.id("email")).sendKeys("lishi@example.com");
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		String privateNo = browser.findElement(By.id("tracking-no")).getText();
		String privateCode = browser.findElement(By.id("query-code")).getText();

		signIn(clerk);
		browser.get(url("/admin/mailbox"));
		assertThat(chromium.mainText()).contains(publicNo, privateNo);
		clickAndWait(By.linkText(publicNo));
		new Select(browser.findElement(By.id("assignee-select"))).selectByVisibleText(clerk);
		clickAndWait(By.xpath("//button[normalize-space()='交办']"));
		assertThat(browser.findElement(By.id("assignee")).getText()).isEqualTo(clerk);
		assertThat(browser.findElement(By.id("public-body")).getText()).contains(MASKED).doesNotContain(ID_NUMBER);
		browser.findElement(By.id("text")).sendKeys("您的临时救助申请（" + ID_NUMBER + "）已审核通过，救助金将于本月发放。");
		browser.findElement(By.id("visibility-PUBLIC")).click();
		clickAndWait(By.id("reply-submit"));
		// a public reply is previewed first, masked, and goes out once confirmed
		assertThat(browser.findElement(By.id("reply-warnings")).getText()).contains(ID_NUMBER);
		assertThat(browser.findElement(By.id("public-reply-preview")).getText()).contains(MASKED)
			.doesNotContain(ID_NUMBER);
		screenshot("mailbox-reply-preview");
		browser.findElement(By.id("reply-confirmed")).click();
		clickAndWait(By.id("reply-send"));
		assertThat(browser.findElement(By.id("status")).getText()).contains("已答复");
		screenshot("mailbox-replied");
		browser.get(url("/admin/mailbox"));
		clickAndWait(By.linkText(privateNo));
		browser.findElement(By.id("text")).sendKeys("可预约上门办理，请致电民政办 0771-5210001。");
		clickAndWait(By.id("reply-submit"));
		signOut();

		browser.get(url("/agencies/" + data.creditCode()));
		clickAndWait(By.id("interaction-link"));
		assertThat(chromium.mainText()).doesNotContain("家庭情况咨询");
		clickAndWait(By.linkText(subject));
		String reply = chromium.mainText();
		assertThat(reply).contains(subject, MASKED, "救助金将于本月发放").doesNotContain(ID_NUMBER).doesNotContain("钱九");
		assertThat(browser.getPageSource()).doesNotContain(ID_NUMBER);
		screenshot("mailbox-public-reply");

		browser.get(url("/mailbox/track"));
		browser.findElement(By.id("trackingNo")).sendKeys(privateNo);
		browser.findElement(By.id("code")).sendKeys("ABCDEFGH");
		clickAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(chromium.mainText()).contains("信件编号或查询码不正确").doesNotContain("民政办");
		browser.findElement(By.id("trackingNo")).clear();
		browser.findElement(By.id("trackingNo")).sendKeys(privateNo);
		browser.findElement(By.id("code")).sendKeys(privateCode);
		clickAndWait(By.xpath("//button[normalize-space()='查询']"));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已答复");
		assertThat(browser.findElement(By.id("reply")).getText()).contains("可预约上门办理");
		browser.findElement(By.cssSelector("input[name=rating][value=SATISFIED]")).click();
		clickAndWait(By.xpath("//button[normalize-space()='提交评价']"));
		assertThat(browser.findElement(By.id("rating")).getText()).isEqualTo("满意");
		screenshot("mailbox-private-reply");
	}

}
