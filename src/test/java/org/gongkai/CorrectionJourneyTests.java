package org.gongkai;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correction journey of issue 12 in real headless Chromium with JavaScript off: the
 * clerk asks for a correction listing two items; the citizen sees them on the tracking
 * page at once (等待补正, the last day, the items, the notice) on a phone-sized screen and
 * answers online; the clerk proposes a partial disclosure, the leader sends it back with
 * a comment, the clerk proposes again and the leader approves; the case log shows it all
 * in words, and the citizen sees the answer with the last days for reconsideration and
 * lawsuit.
 */
class CorrectionJourneyTests extends BrowserJourney {

	/** A valid GB 11643 number. */
	private static final String ID_NUMBER = "11010519491231002X";

	@Test
	void aCorrectionWithListedItemsIsAnsweredOnlineAndTheLeaderSendsBackThenApproves() throws Exception {
		AgencyData data = AgencyFixtures.county("补正县" + System.nanoTime() % 100000);
		long agencyId = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agencyId);
		String leader = Staff.create(this.accounts, Role.LEADER, agencyId);

		// the citizen applies online
		Receipt receipt = applyOnline(data.creditCode(), "赵六", ID_NUMBER, "zhaoliu@example.com", "老街改造的文件");
		String trackingNo = receipt.trackingNo();
		String queryCode = receipt.queryCode();

		// the clerk confirms receipt and asks for a correction listing two items
		signIn(clerk);
		browser.get(url("/admin/requests?view=awaiting-confirmation"));
		clickAndWait(By.linkText(trackingNo));
		String caseUrl = browser.getCurrentUrl();
		clickAndWait(By.cssSelector("form[action$='/confirm'] button"));
		browser.findElement(By.id("missing-0")).sendKeys("所需文件的名称或文号");
		browser.findElement(By.id("suggestion-0")).sendKeys("例如：老街片区改造实施方案（2025年）");
		browser.findElement(By.id("missing-1")).sendKeys("信息所属的年份");
		clickAndWait(By.cssSelector("#correction-form button[type=submit]"));
		assertThat(text("correction-items")).contains("所需文件的名称或文号", "信息所属的年份");
		screenshot("correction-clerk-case");
		signOut();

		// the citizen sees the items at once, on a phone-sized screen
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(390, 2400));
		track(trackingNo, queryCode);
		assertThat(text("status")).isEqualTo("等待补正");
		assertThat(text("due")).contains("请在", "前补正").doesNotContain("确认收到后开始计算");
		assertThat(text("correction-items")).contains("所需文件的名称或文号", "建议写明：例如：老街片区改造实施方案（2025年）", "信息所属的年份");
		assertThat(text("timeline")).contains("本机关确认收到您的申请", "本机关告知您补正申请");
		assertThat(text("documents")).contains("补正告知书");
		screenshot("correction-tracking-390");
		browser.manage().window().setSize(new Dimension(1280, 2000));
		screenshot("correction-tracking-1280");
		// the notice itself, downloaded with the query code, prints the items
		Path notice = chromium
			.download(By.xpath("//ul[@id='documents']/li[contains(normalize-space(), '补正告知书')]//button"), ".pdf");
		try (PDDocument doc = Loader.loadPDF(notice.toFile())) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains(trackingNo,
					"一、所需文件的名称或文号（建议写明：例如：老街片区改造实施方案（2025年））", "二、信息所属的年份", "第三十条");
		}
		Files.delete(notice);

		// and answers online
		WebElement correction = browser.findElement(By.id("correction"));
		// the form proposes the original text to edit
		assertThat(correction.getText()).isEqualTo("老街改造的文件");
		correction.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		correction.sendKeys("老街片区改造实施方案（2025年）及其批复");
		clickAndWait(By.cssSelector("#correction-form button[type=submit]"));
		assertThat(text("corrected")).contains("补正后的申请已提交");

		// the clerk proposes a partial disclosure; the leader sends it back
		signIn(clerk);
		browser.get(caseUrl);
		assertThat(chromium.mainText()).contains("老街片区改造实施方案（2025年）及其批复");
		propose("涉及第三方的部分不予公开。");
		signOut();
		signIn(leader);
		browser.get(caseUrl);
		browser.findElement(By.id("return-comment-field")).sendKeys("请写明不予公开部分的依据");
		clickAndWait(By.cssSelector("#return-form button[type=submit]"));
		assertThat(text("status")).isEqualTo("已收到，办理中");
		signOut();

		// the clerk sees the comment and proposes again; the leader approves
		signIn(clerk);
		browser.get(caseUrl);
		assertThat(text("return-comment")).isEqualTo("请写明不予公开部分的依据");
		propose("涉及第三方商业秘密的部分依条例第十五条不予公开。");
		signOut();
		signIn(leader);
		browser.get(caseUrl);
		clickAndWait(By.cssSelector("#approve-form button[type=submit]"));
		assertThat(text("status")).isEqualTo("已答复，办结");
		String log = text("events");
		assertThat(log).contains("一次性书面告知补正", "申请人在网上提交补正", "拟定答复：部分公开", "负责人退回拟定的答复，意见：请写明不予公开部分的依据", "负责人审批同意答复：部分公开",
				"经办：" + leader, "申请人本人");
		assertThat(log).doesNotContain("3.2", "PARTIALLY");
		browser.manage().window().setSize(new Dimension(1280, 3400));
		screenshot("correction-case-log");
		browser.manage().window().setSize(new Dimension(1280, 900));
		signOut();

		// the citizen sees the answer and what to do next, with dates
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(390, 2400));
		track(trackingNo, queryCode);
		assertThat(text("status")).isEqualTo("已答复，办结");
		assertThat(text("answer-type")).isEqualTo("部分公开");
		assertThat(text("reconsideration")).contains("60 日内申请行政复议");
		assertThat(text("lawsuit")).contains("6 个月内");
		screenshot("correction-answered-390");
		browser.manage().window().setSize(new Dimension(1280, 1600));
		browser.manage().window().setSize(new Dimension(1280, 2000));
		screenshot("correction-answered-1280");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	private void propose(String note) {
		new Select(browser.findElement(By.cssSelector("form[action$='/decision'] select[name=outcome]")))
			.selectByValue("3.2");
		browser.findElement(By.cssSelector("form[action$='/decision'] textarea[name=note]")).sendKeys(note);
		clickAndWait(By.cssSelector("form[action$='/decision'] button"));
		assertThat(text("status")).isEqualTo("待负责人审批答复");
	}

	private void track(String trackingNo, String code) {
		browser.get(url("/requests/track"));
		browser.findElement(By.id("trackingNo")).sendKeys(trackingNo);
		browser.findElement(By.id("code")).sendKeys(code);
		clickAndWait(By.cssSelector("form[action$='/requests/track'] button[type=submit]"));
	}

	private static String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

}
