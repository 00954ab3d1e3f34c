package org.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.rendering.PdfDocuments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery journey of issue 12 in real headless Chromium with JavaScript off: a
 * citizen applies online for meeting minutes to be fetched online; the clerk attaches the
 * minutes as a PDF, sees the ID and mobile numbers the scanner finds in it, blacks them
 * out together with a paragraph of page 2 and proposes a partial disclosure, which the
 * leader approves; the clerk releases the reply; the citizen, with the tracking number
 * and query code, downloads the redacted PDF from the tracking page: the numbers and the
 * paragraph are gone from its text, the rest is there.
 */
class DeliveryJourneyTests extends BrowserJourney {

	/** A valid GB 11643 number. */
	private static final String ID_NUMBER = "11010519491231002X";

	@Autowired
	PdfDocuments pdfs;

	@Test
	void aCitizenDownloadsThePartialDisclosuresRedactedPdfFromTheTrackingPage() throws Exception {
		AgencyData data = AgencyFixtures.county("遮盖县" + System.nanoTime() % 100000);
		long agencyId = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agencyId);
		String leader = Staff.create(this.accounts, Role.LEADER, agencyId);
		Path minutes = Files.createTempDirectory("minutes").resolve("会议纪要.pdf");
		Files.write(minutes, this.pdfs.render(MINUTES));

		Receipt receipt = applyOnline(data.creditCode(), "李四", ID_NUMBER, "lisi@example.com", "城南片区改造项目协调会会议纪要");
		String trackingNo = receipt.trackingNo();
		String queryCode = receipt.queryCode();
		assertThat(browser.findElement(By.id("receipt-copy")).getText()).contains("打印", "发送到电子邮箱");
		shots("delivery-receipt");
		String receiptUrl = browser.getCurrentUrl();
		clickAndWait(By.id("receipt-copy-link"));
		assertThat(browser.findElement(By.id("tracking-no")).getText()).isEqualTo(trackingNo);
		assertThat(browser.findElements(By.id("copy-email"))).hasSize(1);
		shots("delivery-receipt-copy");
		browser.get(receiptUrl);

		signIn(clerk);
		browser.get(url("/admin/requests?view=awaiting-confirmation"));
		clickAndWait(By.linkText(trackingNo));
		String caseUrl = browser.getCurrentUrl();
		clickAndWait(By.cssSelector("form[action$='/confirm'] button"));
		clickAndWait(By.cssSelector("#delivery-link a"));
		browser.findElement(By.id("file")).sendKeys(minutes.toAbsolutePath().toString());
		clickAndWait(By.cssSelector("form[action$='/delivery/files'] button"));
		assertThat(browser.findElement(By.id("files")).getText()).contains("身份证号码 1 处", "手机号码 1 处");
		browser.findElement(By.id("text")).sendKeys("会议纪要见附件。联系人电话 13912345678。");
		clickAndWait(By.cssSelector("form[action$='/delivery/text'] button"));
		assertThat(browser.findElement(By.id("delivered-text")).getText()).contains("139****5678");
		WebElement redaction = browser.findElement(By.cssSelector("form.redaction-form"));
		assertThat(redaction.findElement(By.name("findings")).isSelected()).isTrue();
		redaction.findElement(By.name("areas")).sendKeys("2,20,25,170,30");
		redaction.findElement(By.name("reason")).sendKeys("涉及个人隐私和第三方商业秘密（条例第十五条）");
		clickAndWait(By.cssSelector("form.redaction-form button"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("已生成遮盖后的文件");
		assertThat(browser.findElement(By.id("redaction-log")).getText()).contains("按文字", "按区域", "第三方商业秘密", clerk);
		shots("delivery-staff");

		browser.get(caseUrl);
		new Select(browser.findElement(By.cssSelector("form[action$='/decision'] select[name=outcome]")))
			.selectByValue("3.2");
		clickAndWait(By.cssSelector("form[action$='/decision'] button"));
		signOut();
		signIn(leader);
		browser.get(caseUrl);
		clickAndWait(By.cssSelector("form[action$='/approval'] button"));
		signOut();
		signIn(clerk);
		browser.get(caseUrl);
		clickAndWait(By.xpath("//tr[td[1][normalize-space()='答复告知书']]//form[contains(@action,'/release')]//button"));
		signOut();

		browser.manage().deleteAllCookies();
		browser.get(url("/requests/track"));
		browser.findElement(By.id("trackingNo")).sendKeys(trackingNo);
		browser.findElement(By.id("code")).sendKeys(queryCode);
		clickAndWait(By.cssSelector("form[action$='/requests/track'] button[type=submit]"));
		assertThat(browser.findElement(By.id("delivered")).getText()).contains("答复提供的信息", "139****5678", "（遮盖后）");
		shots("delivery-track");
		Path redacted = chromium.download(By.cssSelector("#delivered-files button[type=submit]"), ".pdf");
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.copy(redacted, Path.of("target", "screenshots", "delivery-redacted.pdf"),
				StandardCopyOption.REPLACE_EXISTING);
		try (PDDocument pdf = Loader.loadPDF(redacted.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).doesNotContain(ID_NUMBER).doesNotContain("13912345678").doesNotContain("单价");
			// the third page was not touched: its text is still text
			assertThat(text).contains("公开的批复文件目录");
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
		}
	}

	/** Screenshots of the whole page at desktop and phone widths. */
	private static void shots(String name) throws IOException {
		Dimension before = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(1280, 2400));
		screenshot(name + "-1280");
		browser.manage().window().setSize(new Dimension(390, 3000));
		screenshot(name + "-390");
		browser.manage().window().setSize(before);
	}

	private static final String MINUTES = """
			<html><head><style>
			@page { size: A4; margin: 25mm 20mm; }
			body { font-family: 'GongkaiBody'; font-size: 14pt; line-height: 1.8; }
			h1 { font-family: 'GongkaiTitle'; font-size: 20pt; text-align: center; }
			.page { page-break-before: always; }
			</style></head><body>
			<h1>城南片区改造项目协调会会议纪要</h1>
			<p>参会人员：项目联系人张建国（身份证号码 11010519491231002X，手机 13912345678），县住建局、城南街道有关同志。</p>
			<p>会议议定：一、项目总投资 1200 万元，由县财政安排；二、年底前完成主体工程。</p>
			<div class="page"><p>第三方公司报价：单价 356 元每平方米，付款条件另议。</p><p>会议要求各单位按期推进。</p></div>
			<div class="page"><p>附件：公开的批复文件目录。</p></div>
			</body></html>
			""";

}
