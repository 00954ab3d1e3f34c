package org.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.gongkai.account.Role;
import org.gongkai.activities.ActivityFiles;
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
 * Issue 17's journey in real headless Chromium: a township's clerk records a training
 * with a photo, finds it listed and counted in the year's totals; the pages do not scroll
 * sideways on a 390 px phone.
 */
class ActivitiesJourneyTests extends BrowserJourney {

	@Test
	void aClerkRecordsATrainingWithAPhotoWhichIsListedAndCounted() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("培训县" + System.nanoTime() % 100000));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "培训镇" + System.nanoTime() % 100000);
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		Path photo = Files.createTempFile("training", ".jpg");
		Files.write(photo, ActivityFiles.photo("jpg"));
		LocalDate today = TestClock.INSTANCE.today();

		signIn(clerk);
		browser.get(url("/admin/activities"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/activities/" + townData.creditCode());
		assertThat(browser.findElement(By.id("total-TRAINING")).getText()).endsWith("0");
		clickAndWait(By.id("new-training"));
		assertThat(browser.findElement(By.cssSelector("#kind option[selected]")).getAttribute("value"))
			.isEqualTo("TRAINING");
		browser.findElement(By.id("title")).sendKeys("政务公开业务培训");
		browser.findElement(By.id("place")).sendKeys("镇政府三楼会议室");
		browser.findElement(By.id("attendees")).sendKeys("30");
		browser.findElement(By.id("trainer")).sendKeys("县政务公开办");
		browser.findElement(By.id("hours")).sendKeys("3");
		browser.findElement(By.id("photoFiles")).sendKeys(photo.toAbsolutePath().toString());
		phone(browser);
		assertThat(sideways(browser)).as("the form at 390 px").isFalse();
		screenshot("activities-form-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
		clickAndWait(By.id("save"));
		assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("活动已登记。");
		assertThat(browser.findElement(By.id("activity-attendees")).getText()).isEqualTo("30");
		assertThat(browser.findElements(By.cssSelector("#photos img"))).hasSize(1);
		phone(browser);
		assertThat(sideways(browser)).as("the activity at 390 px").isFalse();
		screenshot("activities-item-390");
		browser.manage().window().setSize(new Dimension(1280, 900));

		clickAndWait(By.partialLinkText("宣传培训活动"));
		assertThat(chromium.mainText()).contains("政务公开业务培训", "镇政府三楼会议室");
		assertThat(browser.findElement(By.id("total-TRAINING")).getText()).endsWith("1");
		assertThat(browser.findElement(By.id("total-attendees")).getText()).endsWith("30");
		assertThat(browser.findElement(By.id("span")).getText()).contains(today.withDayOfYear(1).toString());
		phone(browser);
		assertThat(sideways(browser)).as("the list at 390 px").isFalse();
		screenshot("activities-list-390");
		browser.manage().window().setSize(new Dimension(1280, 900));

		browser.get(url("/admin/organisation/" + townData.creditCode()));
		phone(browser);
		assertThat(sideways(browser)).as("the organisation at 390 px").isFalse();
		browser.manage().window().setSize(new Dimension(1280, 900));
		signOut();
		Files.deleteIfExists(photo);
	}

	private static void phone(WebDriver driver) {
		driver.manage().window().setSize(new Dimension(390, 1600));
	}

	private static boolean sideways(WebDriver driver) throws IOException {
		Object wider = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(wider);
	}

}
