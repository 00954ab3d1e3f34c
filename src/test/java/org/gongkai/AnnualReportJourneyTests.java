package org.gongkai;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's publication in real headless Chromium with JavaScript off (issue
 * 12): the clerk enters the figures and saves the generated draft as it is; the leader
 * opens the preview, confirms, and is refused because the draft's prompts are still in
 * the text, named with their sections; the leader writes the real text, previews the
 * report again, downloads the PDF preview under its Chinese name, confirms on the
 * confirmation page and publishes; the public page shows the report without any prompt.
 * Screenshots go to target/screenshots.
 */
class AnnualReportJourneyTests extends BrowserJourney {

	@Test
	void publishingIsRefusedWhileADraftPromptRemainsThenTheFixedReportIsPreviewedAndPublished() throws Exception {
		AgencyData data = AgencyFixtures.county("年报旅程县" + System.nanoTime() % 100000);
		long agencyId = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agencyId);
		String leader = Staff.create(this.accounts, Role.LEADER, agencyId);
		String report = "/admin/annual-reports/" + data.creditCode() + "/2025";

		signIn(clerk);
		browser.get(url(report));
		for (String field : new String[] { "licensing", "penalties", "enforcement", "feesWan" }) {
			browser.findElement(By.id(field)).sendKeys("0");
		}
		clickAndWait(By.xpath("//button[normalize-space()='保存录入数据']"));
		assertThat(chromium.mainText()).contains("录入数据已保存");
		// the draft, saved as generated, still holds its prompts
		assertThat(browser.findElement(By.id("overview")).getAttribute("value")).contains("（请据实修改补充");
		clickAndWait(By.xpath("//button[normalize-space()='保存正文']"));
		signOut();

		signIn(leader);
		browser.get(url(report));
		clickAndWait(By.id("publish-start"));
		assertThat(browser.getTitle()).contains("发布前预览");
		String blockers = browser.findElement(By.id("publish-blockers")).getText();
		assertThat(blockers).contains("“一、总体情况”中仍有草稿的提示文字", "“五、存在的主要问题及改进情况”中仍有草稿的提示文字", "“六、其他需要报告的事项”中仍有草稿的提示文字");
		screenshot("annual-report-preview-blocked");
		browser.findElement(By.id("confirmed")).click();
		clickAndWait(By.id("publish-submit"));
		assertThat(browser.findElement(By.id("publish-error")).getText()).contains("正文中还有草稿的提示文字",
				"“一、总体情况”中的“（请据实修改补充");
		screenshot("annual-report-publish-refused");

		browser.get(url(report));
		replace("overview", "2025年，本县政府信息公开平台运行平稳，按月检查栏目更新情况。");
		replace("problems", "栏目更新不够及时。下一步，将建立按月检查制度。");
		replace("otherMatters", "2025年本机关未收取信息处理费。");
		clickAndWait(By.xpath("//button[normalize-space()='保存正文']"));
		clickAndWait(By.id("publish-start"));
		assertThat(browser.findElements(By.id("publish-blockers"))).isEmpty();
		assertThat(chromium.mainText()).contains("一、本年新收政府信息公开申请数量", "2025年，本县政府信息公开平台运行平稳").doesNotContain("请据实");
		Path pdf = chromium.download(By.id("preview-pdf"), "（发布前预览）.pdf");
		assertThat(pdf.getFileName().toString()).contains(data.name() + "2025年政府信息公开工作年度报告");
		assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
		screenshot("annual-report-preview");
		WebElement confirm = browser.findElement(By.id("confirmed"));
		assertThat(confirm.isSelected()).isFalse();
		confirm.click();
		clickAndWait(By.id("publish-submit"));
		assertThat(chromium.mainText()).contains("年度报告已发布");
		assertThat(browser.findElement(By.id("status")).getText()).contains("已发布");
		screenshot("annual-report-published");
		signOut();

		browser.get(url("/agencies/" + data.creditCode() + "/annual-reports/2025"));
		assertThat(chromium.mainText()).contains("按月检查制度").doesNotContain("请据实");
	}

	private static void replace(String id, String text) {
		WebElement area = browser.findElement(By.id(id));
		area.clear();
		area.sendKeys(text);
	}

}
