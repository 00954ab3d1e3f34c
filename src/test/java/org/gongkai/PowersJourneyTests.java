package org.gongkai;

import java.util.List;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's power list journey in real headless Chromium with JavaScript off: a
 * township's clerk enters two powers and submits the list; the reviewer publishes it as
 * version 1; a reader finds it from the township's 权力清单和责任清单 column, filters it by type,
 * and on a phone reads it as cards without scrolling sideways.
 */
class PowersJourneyTests extends BrowserJourney {

	@Test
	void aClerkEditsTheListTheReviewerPublishesItAndAReaderFiltersIt() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("权责清单县" + System.nanoTime() % 100000));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "权责清单镇" + System.nanoTime() % 100000);
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		String reviewer = Staff.create(this.accounts, Role.REVIEWER, town);

		signIn(clerk);
		browser.get(url("/admin/powers"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/powers/" + townData.creditCode());
		enter("行政许可", "XK-001", "乡村建设规划许可证核发", "《中华人民共和国城乡规划法》第四十一条");
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已新增事项。");
		enter("行政裁决", "", "个人之间土地权属争议的处理", "《中华人民共和国土地管理法》第十四条");
		assertThat(chromium.mainText()).contains("本清单首次公开").contains("个人之间土地权属争议的处理");
		shots("powers-admin");
		clickAndWait(By.id("submit"));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");
		signOut();

		signIn(reviewer);
		browser.get(url("/admin/powers/" + townData.creditCode()));
		clickAndWait(By.id("publish"));
		assertThat(chromium.mainText()).contains("已公开为新版本").contains("第1版");
		signOut();

		browser.get(url("/agencies/" + townData.creditCode()));
		clickAndWait(By.linkText("权力清单和责任清单"));
		clickAndWait(By.cssSelector("#powers-link a"));
		String page = chromium.mainText();
		assertThat(page).contains("第1版", "行政许可（1项）", "行政裁决（1项）", "《中华人民共和国土地管理法》第十四条", "0778-6210315");
		browser.findElement(By.id("filter-type")).sendKeys("行政裁决");
		clickAndWait(By.id("filter-submit"));
		assertThat(chromium.mainText()).contains("个人之间土地权属争议的处理").doesNotContain("乡村建设规划许可证核发").contains("共显示1项");
		shots("powers-public");

		String path = "/agencies/" + townData.creditCode() + "/powers";
		Chromium scripted = Chromium.sharedWithJavaScript();
		WebDriver axe = scripted.driver();
		for (int width : List.of(390, 1280)) {
			axe.manage().window().setSize(new Dimension(width, 900));
			axe.get(url(path));
			assertThat(AxeCheck.seriousViolations(axe)).as("axe on %s at %d px", path, width).isEmpty();
			assertThat(((JavascriptExecutor) axe)
				.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;"))
				.as("%s at %d px scrolls sideways", path, width)
				.isEqualTo(Boolean.FALSE);
		}
	}

	private void enter(String type, String code, String name, String basis) {
		clickAndWait(By.id("new-power"));
		browser.findElement(By.id("type")).sendKeys(type);
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.id("name")).sendKeys(name);
		browser.findElement(By.id("legalBasis")).sendKeys(basis);
		browser.findElement(By.id("unit")).sendKeys("镇人民政府（村镇规划建设办公室）");
		browser.findElement(By.id("process")).sendKeys("申请→受理→审查→决定→送达");
		browser.findElement(By.id("duties")).sendKeys("1.受理责任：一次性告知需补正的材料。\n2.审查责任：依法审查。");
		browser.findElement(By.id("accountability")).sendKeys("对符合条件的申请不予受理的；玩忽职守、滥用职权的。");
		browser.findElement(By.id("supervision")).sendKeys("镇纪委监督");
		browser.findElement(By.id("phone")).sendKeys("0778-6210315、12345");
		clickAndWait(By.id("save"));
	}

	private static void shots(String name) throws Exception {
		screenshot(name + "-1280");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot(name + "-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

}
