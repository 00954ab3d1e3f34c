package org.gongkai;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 4 in real headless Chromium with JavaScript off: a citizen applies
 * online; the clerk confirms receipt and asks for a correction; the citizen sends the
 * corrected application from the tracking page; the clerk consults a third party and
 * records the answer, then proposes a partial disclosure, which the leader approves; the
 * reply letter is downloaded as DOCX and PDF and released; the citizen, with nothing but
 * the tracking number and query code, sees the answer and downloads the letter.
 */
class RequestJourneyTests extends BrowserJourney {

	/** A valid GB 11643 number. */
	private static final String ID_NUMBER = "11010519491231002X";

	@Test
	void aCitizenAppliesCorrectsAndDownloadsThePartialDisclosureThatTheLeaderApproved() throws Exception {
		AgencyData data = AgencyFixtures.county("申请县" + System.nanoTime() % 100000);
		long agencyId = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agencyId);
		String leader = Staff.create(this.accounts, Role.LEADER, agencyId);

		// the citizen applies online, without an account
		browser.manage().deleteAllCookies();
		browser.get(url("/agencies/" + data.creditCode() + "/requests/new"));
		browser.findElement(By.id("applicantName")).sendKeys("李四");
		browser.findElement(By.id("idType")).sendKeys("居民身份证");
		browser.findElement(By.id("idNumber")).sendKeys(ID_NUMBER);
		browser.findElement(By.id("phone")).sendKeys("13800138000");
		browser.findElement(By.id("email")).sendKeys("lisi@example.com");
		browser.findElement(By.id("description")).sendKeys("城南片区改造的有关文件");
		// nothing is chosen for the applicant: they ask for an electronic copy delivered
		// online
		assertThat(browser.findElements(By.cssSelector("input[name=formats]:checked"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("input[name=delivery]:checked"))).isEmpty();
		browser.findElement(By.cssSelector("input[name=formats][value=EMAIL]")).click();
		browser.findElement(By.cssSelector("input[name=delivery][value=ONLINE]")).click();
		clickAndWait(By.cssSelector("main form button[type=submit]"));
		String trackingNo = browser.findElement(By.id("tracking-no")).getText();
		String queryCode = browser.findElement(By.id("query-code")).getText();
		assertThat(trackingNo).startsWith("YSQ-");
		screenshot("request-receipt");

		// the clerk confirms receipt (art. 31) and asks for a correction (art. 30)
		signIn(clerk);
		browser.get(url("/admin/requests?view=awaiting-confirmation"));
		clickAndWait(By.linkText(trackingNo));
		String caseUrl = browser.getCurrentUrl();
		clickAndWait(By.cssSelector("form[action$='/confirm'] button"));
		assertThat(text("status")).isEqualTo("已收到，办理中");
		// the notice lists what to correct (issue 12)
		browser.findElement(By.id("missing-0")).sendKeys("所需文件的名称或文号");
		clickAndWait(By.cssSelector("form[action$='/correction'] button"));
		assertThat(chromium.mainText()).contains("等待申请人补正");
		signOut();

		// the citizen sends the corrected application from the tracking page
		browser.manage().deleteAllCookies();
		track(trackingNo, queryCode);
		assertThat(browser.findElements(By.id("correction-form"))).hasSize(1);
		browser.findElement(By.id("correction")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		browser.findElement(By.id("correction")).sendKeys("2025年城南片区棚户区改造项目的批复文件（青政复〔2025〕12号）");
		clickAndWait(By.cssSelector("#correction-form button[type=submit]"));
		assertThat(text("corrected")).contains("补正后的申请已提交");
		assertThat(browser.findElements(By.id("correction-form"))).isEmpty();
		screenshot("request-corrected");

		// the clerk sees the corrected application, consults a third party and proposes
		// a partial disclosure
		signIn(clerk);
		browser.get(caseUrl);
		assertThat(chromium.mainText()).contains("青政复〔2025〕12号", "申请人在网上提交补正");
		clickAndWait(By.cssSelector("form[action$='/consultation'] button"));
		assertThat(text("clock-state")).isNotBlank();
		clickAndWait(By.cssSelector("form[action$='/consultation-answered'] button"));
		new Select(browser.findElement(By.cssSelector("form[action$='/decision'] select[name=outcome]")))
			.selectByValue("3.2");
		browser.findElement(By.cssSelector("form[action$='/decision'] textarea[name=note]"))
			.sendKeys("批复文件予以公开，其中涉及第三方商业秘密的部分不予公开。");
		clickAndWait(By.cssSelector("form[action$='/decision'] button"));
		assertThat(text("status")).isEqualTo("待负责人审批答复");
		signOut();

		// the leader approves: the case closes with the reply letter
		signIn(leader);
		browser.get(caseUrl);
		clickAndWait(By.cssSelector("form[action$='/approval'] button"));
		assertThat(text("status")).isEqualTo("已答复，办结");
		assertThat(text("outcome")).contains("3.2", "部分公开");
		signOut();

		// the clerk downloads the reply letter as DOCX and PDF, then releases it
		signIn(clerk);
		browser.get(caseUrl);
		Path docx = chromium.download(By.cssSelector("#letters tbody a[href*='reply.docx']"), ".docx");
		Path pdf = chromium.download(By.cssSelector("#letters tbody a[href*='reply.pdf']"), ".pdf");
		// the partial-disclosure letter (art. 37) answers the corrected application
		assertThat(docxText(docx)).contains(trackingNo, "第三十七条", "区分处理", "青政复〔2025〕12号");
		assertThat(pdfText(pdf)).contains(trackingNo, "第三十七条", "区分处理", "青政复〔2025〕12号");
		clickAndWait(By.xpath("//tr[td[1][normalize-space()='答复告知书']]//form[contains(@action,'/release')]//button"));
		screenshot("request-closed");
		signOut();

		// the citizen sees the answer and downloads it with the query code only
		browser.manage().deleteAllCookies();
		track(trackingNo, queryCode);
		assertThat(text("status")).isEqualTo("已答复，办结");
		assertThat(browser.findElement(By.id("documents")).getText()).contains("答复告知书");
		Files.delete(pdf);
		// the correction notice was released at once (issue 12); the reply follows it
		assertThat(browser.findElement(By.id("documents")).getText()).contains("补正告知书");
		Path released = chromium
			.download(By.xpath("//ul[@id='documents']/li[contains(normalize-space(), '答复告知书')]//button"), ".pdf");
		assertThat(pdfText(released)).contains(trackingNo, "第三十七条", "区分处理");
		screenshot("request-answer-public");

		// a wrong code shows nothing of the case
		track(trackingNo, "WRONGCODE");
		assertThat(browser.findElements(By.id("status"))).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain("答复告知书");
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

	private static String docxText(Path file) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText().replaceAll("\\s+", "");
		}
	}

	private static String pdfText(Path file) throws Exception {
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
	}

}
