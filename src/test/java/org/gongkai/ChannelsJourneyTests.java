package org.gongkai;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

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
 * Issue 17 in real headless Chromium with JavaScript off: a township's clerk registers a
 * message taken on the supervision telephone, answers it by telephone and finds it closed
 * and counted by channel; registers the township's board and records a posting with a
 * photo, which the board's public page and the guide show; the pages do not scroll
 * sideways at 390 px.
 */
class ChannelsJourneyTests extends BrowserJourney {

	@Test
	void aPhoneMessageIsRegisteredAndRepliedAndABoardPostingWithAPhotoIsPublic() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("渠道旅程县" + System.nanoTime() % 100000));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "渠道旅程镇" + System.nanoTime() % 100000);
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		LocalDate today = TestClock.INSTANCE.today();
		Path photo = Files.createTempFile("board", ".png");
		ImageIO.write(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

		signIn(clerk);
		browser.get(url("/admin/mailbox/register"));
		tick(By.id("channel-phone"));
		assertThat(browser.findElement(By.id("receivedOn")).getAttribute("value")).isEqualTo(today.toString());
		browser.findElement(By.id("subject")).sendKeys("咨询低保申请材料");
		browser.findElement(By.id("body")).sendKeys("来电群众询问申请低保需要准备哪些材料。");
		browser.findElement(By.id("phone")).sendKeys("13900000001");
		clickAndWait(By.id("register-submit"));
		assertThat(browser.findElement(By.id("registered")).getText()).contains("已登记，信件编号 XJ-");
		assertThat(browser.findElement(By.id("channel")).getText()).contains("监督电话");
		browser.findElement(By.id("text")).sendKeys("已电话告知：身份证、户口簿、收入证明。");
		tick(By.id("mode-PHONE"));
		clickAndWait(By.id("reply-submit"));
		assertThat(browser.findElement(By.id("status")).getText()).contains("已答复");
		assertThat(browser.findElement(By.id("reply-mode")).getText()).isEqualTo("电话答复");
		shots("channels-phone-letter");
		browser.get(url("/admin/mailbox/statistics"));
		assertThat(browser.findElement(By.cssSelector("tr[data-channel='phone'] .answered")).getText()).isEqualTo("1");

		browser.get(url("/admin/channels"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/channels/agencies/" + town);
		browser.findElement(By.id("name")).sendKeys("镇政府公开栏");
		browser.findElement(By.id("address")).sendKeys("解放路 12 号镇政府大院门口");
		browser.findElement(By.id("hours")).sendKeys("全天");
		browser.findElement(By.id("keeperName")).sendKeys("王志强");
		browser.findElement(By.id("keeperPhone")).sendKeys("0771-5321002");
		clickAndWait(By.id("place-submit"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已登记。");
		browser.findElement(By.id("title")).sendKeys("本月财政收支公示");
		assertThat(browser.findElement(By.id("postedOn")).getAttribute("value")).isEqualTo(today.toString());
		browser.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		clickAndWait(By.id("posting-submit"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已登记张贴记录。");
		assertThat(browser.findElement(By.id("board-status")).getText()).contains("本月已更新");
		shots("channels-board-staff");
		signOut();

		browser.get(url("/agencies/" + townData.creditCode() + "/guide"));
		assertThat(chromium.mainText()).contains("镇政府公开栏", "0771-5321002");
		clickAndWait(By.linkText("查看张贴记录"));
		assertThat(chromium.mainText()).contains("本月财政收支公示");
		assertThat(browser.findElements(By.cssSelector(".board-photos img"))).hasSize(1);
		shots("channels-board-public");
		String board = new java.net.URI(browser.getCurrentUrl()).getPath();
		Files.deleteIfExists(photo);

		Chromium scripted = Chromium.sharedWithJavaScript();
		WebDriver axe = scripted.driver();
		for (int width : List.of(390, 1280)) {
			axe.manage().window().setSize(new Dimension(width, 900));
			for (String path : List.of(board, "/agencies/" + townData.creditCode() + "/guide")) {
				axe.get(url(path));
				assertThat(AxeCheck.seriousViolations(axe)).as("axe on %s at %d px", path, width).isEmpty();
				assertThat(((JavascriptExecutor) axe).executeScript(
						"return document.documentElement.scrollWidth > document.documentElement.clientWidth;"))
					.as("%s at %d px scrolls sideways", path, width)
					.isEqualTo(Boolean.FALSE);
			}
		}
	}

	private static void shots(String name) throws Exception {
		screenshot(name + "-1280");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot(name + "-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

}
