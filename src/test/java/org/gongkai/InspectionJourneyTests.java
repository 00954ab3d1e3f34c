package org.gongkai;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county disclosure office's inspection in real headless Chromium with JavaScript off
 * (issue 15): the ranking lists the county and its bureau; the office opens the bureau's
 * report, runs the checks, makes the first finding a rectification task with an owner,
 * sees the task counted in the ranking, and downloads the ranking as XLSX and PDF and the
 * bureau's report as PDF, each read back. Screenshots (and the PDFs) go to
 * target/screenshots.
 */
class InspectionJourneyTests extends BrowserJourney {

	@Test
	void theCountyOfficeRanksOpensAReportMakesATaskAndDownloadsTheExports() throws Exception {
		AgencyData county = AgencyFixtures.county("自查旅程县" + System.nanoTime() % 100000);
		long countyId = this.agencies.create(county);
		AgencyData bureau = AgencyFixtures.under(countyId, AgencyLevel.DEPARTMENT,
				"自查旅程交通运输局" + System.nanoTime() % 100000);
		this.agencies.create(bureau);
		String office = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, countyId);

		signIn(office);
		browser.get(url("/admin/inspection"));
		String ranking = browser.findElement(By.id("ranking")).getText();
		assertThat(ranking).contains(county.name(), bureau.name(), "尚未检查");
		screenshot("inspection-ranking-before");

		clickAndWait(By.linkText(bureau.name()));
		assertThat(browser.getTitle()).contains(bureau.name());
		clickAndWait(By.cssSelector("#run button"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("检查");
		WebElement first = browser.findElement(By.cssSelector("#findings tbody tr"));
		String problem = first.findElement(By.cssSelector("td a")).getText();
		first.findElement(By.name("owner")).sendKeys("王科长");
		screenshot("inspection-report");
		clickAndWait(By.cssSelector("#findings tbody tr form button"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("整改任务");
		String tasks = browser.findElement(By.id("tasks")).getText();
		assertThat(tasks).contains(problem, "王科长", "整改中");
		screenshot("inspection-task-created");

		Path report = chromium.download(By.id("report-pdf"), ".pdf");
		String reportText = pdfText(report);
		assertThat(reportText).contains(flat(bureau.name()) + "网站自查报告", flat(problem), "王科长");
		Files.copy(report, Path.of("target", "screenshots", "inspection-report.pdf"),
				StandardCopyOption.REPLACE_EXISTING);

		browser.get(url("/admin/inspection"));
		WebElement row = browser
			.findElement(By.xpath("//table[@id='ranking']//tr[th/a[text()='" + bureau.name() + "']]"));
		assertThat(row.findElements(By.tagName("td")).get(4).getText()).isEqualTo("1");
		screenshot("inspection-ranking-after");

		Path xlsx = chromium.download(By.id("export"), ".xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			StringBuilder cells = new StringBuilder();
			sheet.forEach((r) -> r.forEach((c) -> cells.append(c.toString()).append('|')));
			assertThat(cells.toString()).contains(county.name(), bureau.name(), bureau.creditCode());
		}
		Path pdf = chromium.download(By.id("export-pdf"), ".pdf");
		assertThat(pdf.getFileName().toString()).startsWith("网站检查排名");
		assertThat(pdfText(pdf)).contains(flat(county.name()), flat(bureau.name()), "网站自查与整改");
		Files.copy(pdf, Path.of("target", "screenshots", "inspection-ranking.pdf"),
				StandardCopyOption.REPLACE_EXISTING);
		signOut();
	}

	private static String pdfText(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes).startsWith("%PDF".getBytes());
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			return flat(new PDFTextStripper().getText(doc));
		}
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

}
