package org.gongkai;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffAuthentications;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PolicyFields;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationReview;
import org.gongkai.publication.Validity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal of issue 12 on a phone (390 px) and at 200 % zoom (1280 px at zoom 2,
 * 640 CSS px), in real headless Chromium with JavaScript off: the home page with what
 * people come for, the list of current rules and normative documents as stacked cards, an
 * item with its boxed metadata, breadcrumb and interpretation linked both ways; then the
 * large-text, high-contrast mode (适老化) switched on by a plain link and kept from page to
 * page. A second Chromium with JavaScript on runs axe-core on the same pages in both
 * modes (0 serious or critical violations) and checks that no page scrolls sideways.
 * Screenshots go to target/screenshots.
 */
class PortalJourneyTests extends BrowserJourney {

	private static Chromium scripted;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	PublicationDrafting drafting;

	@Autowired
	PublicationReview review;

	@Autowired
	PublicationQueries publications;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startScriptedBrowser() throws IOException {
		scripted = Chromium.sharedWithJavaScript();
	}

	@Test
	void aReaderOnAPhoneFindsARuleItsInterpretationAndReadsThemInTheElderMode() throws Exception {
		AgencyData data = AgencyFixtures.county("门户县" + System.nanoTime() % 100000);
		long agency = this.agencies.create(data);
		String rule = "门户县城乡居民临时救助实施办法（第" + System.nanoTime() % 100000 + "号）";
		long ruleId = publish(agency, "art20-02", rule, "门政规〔2026〕3号", Genre.NORMATIVE_DOCUMENT, null);
		String ruleIndex = this.publications.publicItem(ruleId).indexNumber();
		long interpretationId = publish(agency, "interpretation", "《" + rule + "》政策解读", null, Genre.INTERPRETATION,
				ruleIndex);
		publish(agency, "news", "门户县召开政务公开工作会议", null, Genre.NEWS, null);
		String base = "/agencies/" + data.creditCode();
		long policies = columnId(agency, "policies");

		phone(browser);
		browser.get(url("/"));
		assertThat(chromium.mainText()).contains("申请政府信息公开", "查询办理进度", "写信咨询", "政府信息公开指南", "政府信息公开年报", "最新公开", rule);
		assertThat(browser.findElements(By.cssSelector("main form[role=search] input[name=q]"))).hasSize(1);
		screenshot("portal-home-390");

		browser.get(url(base));
		assertThat(chromium.mainText()).contains("政府信息公开", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "新闻动态",
				"工作动态");
		clickAndWait(By.linkText("现行有效规章和规范性文件"));
		assertThat(browser.getCurrentUrl()).endsWith(base + "/columns/" + policies);
		var card = browser.findElement(By.cssSelector(".item-list li"));
		assertThat(card.findElement(By.cssSelector(".card-title")).getText()).isEqualTo(rule);
		assertThat(card.getText()).contains("门政规〔2026〕3号", "有效", ruleIndex);
		// title first, metadata below it: the title is as wide as the card
		assertThat(card.findElement(By.cssSelector(".card-meta")).getLocation().getY())
			.isGreaterThan(card.findElement(By.cssSelector(".card-title")).getLocation().getY());
		screenshot("portal-column-390");

		clickAndWait(By.linkText(rule));
		String meta = browser.findElement(By.cssSelector(".meta-box")).getText();
		assertThat(meta).contains("索引号", ruleIndex, "主题分类", "发布机构", data.name(), "成文日期", "文号", "门政规〔2026〕3号", "发布日期",
				"有效性", "有效");
		assertThat(browser.findElement(By.cssSelector("nav.breadcrumb")).getText()).contains("首页", data.name(),
				"政府信息公开", "法定主动公开内容", "法规文件");
		screenshot("portal-item-390");
		clickAndWait(By.partialLinkText("政策解读"));
		assertThat(browser.getCurrentUrl()).endsWith(base + "/publications/" + interpretationId);
		assertThat(browser.findElement(By.cssSelector("nav.breadcrumb")).getText()).contains("政策解读");
		clickAndWait(By.linkText(rule));
		assertThat(browser.getCurrentUrl()).endsWith(base + "/publications/" + ruleId);

		// the elder mode: a plain link, no script; it stays on for the next pages
		clickAndWait(By.id("display-switch"));
		assertThat(browser.getCurrentUrl()).endsWith(base + "/publications/" + ruleId);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("elder");
		screenshot("portal-item-390-elder");
		browser.get(url("/"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("elder");
		assertThat(browser.findElement(By.id("display-switch")).getText()).isEqualTo("标准模式");
		screenshot("portal-home-390-elder");
		browser.get(url(base + "/columns/" + policies));
		screenshot("portal-column-390-elder");
		clickAndWait(By.id("display-switch"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("elder");

		List<String> pages = List.of("/", base, base + "/columns/" + policies, base + "/publications/" + ruleId,
				base + "/publications/" + interpretationId, base + "/news", base + "/guide",
				base + "/answered-requests", "/services/apply");
		WebDriver axe = scripted.driver();
		for (boolean elder : List.of(false, true)) {
			axe.get(url("/"));
			axe.manage().deleteAllCookies();
			if (elder) {
				axe.manage().addCookie(new Cookie("gongkai-display", "elder", "/"));
			}
			for (int width : List.of(390, 640, 1280)) {
				axe.manage().window().setSize(new Dimension(width, 900));
				for (String page : pages) {
					axe.get(url(page));
					assertThat(axe.findElement(By.tagName("html")).getAttribute("class") + "")
						.matches(elder ? ".*elder.*" : "(?!.*elder).*");
					assertThat(sideways(axe)).as("%s at %d px%s scrolls sideways", page, width, elder ? " (elder)" : "")
						.isFalse();
					if (width == 390) {
						assertThat(AxeCheck.seriousViolations(axe)).as("axe on %s%s", page, elder ? " (elder)" : "")
							.isEmpty();
					}
				}
			}
		}
		axe.manage().deleteAllCookies();
		zoomed(axe, url(base + "/publications/" + ruleId), "portal-item-zoom200");
		zoomed(axe, url("/"), "portal-home-zoom200");
		axe.manage().addCookie(new Cookie("gongkai-display", "elder", "/"));
		zoomed(axe, url(base + "/columns/" + policies), "portal-column-zoom200-elder");
		axe.manage().deleteAllCookies();
		axe.manage().window().setSize(new Dimension(1280, 1400));
		axe.get(url("/"));
		scripted.screenshot("portal-home-1280");
		axe.get(url(base + "/publications/" + ruleId));
		scripted.screenshot("portal-item-1280");
	}

	private static void phone(WebDriver driver) {
		driver.manage().window().setSize(new Dimension(390, 1600));
	}

	/** Whether the page is wider than the window (a reader would scroll sideways). */
	private static boolean sideways(WebDriver driver) {
		Object wider = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(wider);
	}

	/**
	 * A page as a 1280 px window at 200 % zoom shows it: 640 CSS px at two device pixels
	 * each.
	 */
	private static void zoomed(WebDriver driver, String address, String name) throws IOException {
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.manage().window().setSize(new Dimension(1280, 1400));
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 640, "height", 700, "deviceScaleFactor", 2, "mobile", false));
		try {
			chrome.get(address);
			assertThat(sideways(chrome)).as("%s at 200 %% zoom scrolls sideways", address).isFalse();
			scripted.screenshot(name);
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private long columnId(long agency, String code) {
		return this.catalog.publicTree(agency)
			.stream()
			.filter((c) -> code.equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long publish(long agency, String column, String title, String number, Genre genre, String interprets) {
		try {
			as(agency, Role.CLERK);
			long id = this.drafting.draft(agency,
					new PublicationDraft(columnId(agency, column), title, "摘要：" + title, "第一条　为了规范临时救助工作，制定本办法。",
							number, LocalDate.now(this.clock).minusDays(3), genre, Validity.VALID),
					new PolicyFields(interprets, null, null));
			this.drafting.submit(id);
			as(agency, Role.REVIEWER);
			this.review.contentReview(id, true, null);
			as(agency, Role.CONFIDENTIALITY_REVIEWER);
			this.review.confidentialityReview(id, true, null);
			return id;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void as(long agency, Role role) {
		StaffPrincipal me = new StaffPrincipal(0, "portal-" + role, "portal-" + role, List.of(new Grant(role, agency)),
				false);
		SecurityContextHolder.getContext().setAuthentication(StaffAuthentications.of(me));
	}

}
