package org.gongkai;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationReview;
import org.gongkai.publication.Validity;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.request.CaseFixtures;
import org.gongkai.request.Channel;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.rules.Outcome;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's to-do journey in real headless Chromium with JavaScript off: the township's
 * clerk, reviewer, confidentiality reviewer and leader and the county's disclosure office
 * each sign in, find on the start page how much waits for them, and follow a count to the
 * list filtered to exactly those things.
 */
class TodoJourneyTests extends BrowserJourney {

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseHandling handling;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	PublicationDrafting drafting;

	@Autowired
	PublicationReview review;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	Clock clock;

	@Test
	void eachRoleFollowsItsCountsToTheFilteredList() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		long county = this.agencies.create(AgencyFixtures.county("待办县" + System.nanoTime() % 100000));
		String townName = "待办镇" + System.nanoTime() % 100000;
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, townName);
		long town = this.agencies.create(townData);
		String clerk = Staff.create(this.accounts, Role.CLERK, town);
		String reviewer = Staff.create(this.accounts, Role.REVIEWER, town);
		String secrecy = Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, town);
		String leader = Staff.create(this.accounts, Role.LEADER, town);
		String office = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county);

		String overdue = walkIn(town, today.minusDays(60));
		String online = this.intake.apply(townData.creditCode(), CaseFixtures.form(CaseFixtures.idNumber()))
			.trackingNo();
		String correction = walkIn(town, today);
		String partial = walkIn(town, today);
		String extension = walkIn(town, today);
		CaseFixtures.asDoing("todo-clerk", Role.CLERK, town, () -> {
			this.handling.requestCorrection(id(correction), today.plusDays(15), CaseFixtures.correctionItems());
			this.requests.decide(id(partial), Outcome.ofRow("3.2").orElseThrow(), "涉及第三方的部分不予公开");
			this.handling.proposeExtension(id(extension), "需要调取历年档案");
		});
		long column = this.catalog.publicTree(town).get(0).id();
		String inReview = "待审核的通知" + System.nanoTime() % 100000;
		String inSecrecy = "待保密审查的通知" + System.nanoTime() % 100000;
		CaseFixtures.asDoing("todo-clerk", Role.CLERK, town, () -> {
			this.drafting.submit(this.drafting.draft(town, draft(column, inReview, today)));
		});
		long secrecyId = CaseFixtures.as("todo-clerk", Role.CLERK, town, () -> {
			long id = this.drafting.draft(town, draft(column, inSecrecy, today));
			this.drafting.submit(id);
			return id;
		});
		CaseFixtures.asDoing("todo-reviewer", Role.REVIEWER, town,
				() -> this.review.contentReview(secrecyId, true, ""));

		signIn(clerk);
		assertThat(counts()).containsEntry("awaiting-confirmation", "1")
			.containsEntry("awaiting-correction", "1")
			.containsEntry("overdue", "1");
		shots("todo-clerk");
		follow("awaiting-confirmation");
		assertThat(browser.getCurrentUrl()).contains("view=awaiting-confirmation");
		assertThat(column("cases", 1)).containsExactly(online);
		browser.get(url("/admin"));
		follow("overdue");
		assertThat(column("cases", 1)).containsExactly(overdue);
		browser.get(url("/admin"));
		follow("awaiting-correction");
		assertThat(column("cases", 1)).containsExactly(correction);
		signOut();

		signIn(reviewer);
		assertThat(counts()).containsEntry("content-review", "1").doesNotContainKey("awaiting-confirmation");
		follow("content-review");
		assertThat(column("publications", 1)).containsExactly(inReview);
		signOut();

		signIn(secrecy);
		assertThat(counts()).containsEntry("confidentiality-review", "1");
		follow("confidentiality-review");
		assertThat(column("publications", 1)).containsExactly(inSecrecy);
		signOut();

		signIn(leader);
		assertThat(counts()).containsEntry("decisions", "1")
			.containsEntry("extensions", "1")
			.containsKeys("annual-reports", "scheduled-publications");
		shots("todo-leader");
		follow("decisions");
		assertThat(browser.getCurrentUrl()).contains("view=awaiting-approval");
		assertThat(column("cases", 1)).containsExactly(partial);
		browser.get(url("/admin"));
		follow("extensions");
		assertThat(browser.getCurrentUrl()).contains("view=extension-proposed");
		assertThat(column("cases", 1)).containsExactly(extension);
		signOut();

		signIn(office);
		WebElement behind = browser.findElement(By.cssSelector("li[data-todo=behind-schedule]"));
		assertThat(behind.getText()).contains(townName);
		assertThat(behind.getAttribute("data-count")).isEqualTo("1");
		shots("todo-office");
		follow("behind-schedule");
		assertThat(column("cases", 1)).containsExactly(overdue);
		signOut();
	}

	private java.util.Map<String, String> counts() {
		java.util.Map<String, String> counts = new java.util.LinkedHashMap<>();
		for (WebElement line : browser.findElements(By.cssSelector("#todos li"))) {
			counts.put(line.getAttribute("data-todo"), line.getAttribute("data-count"));
		}
		return counts;
	}

	private static void follow(String todo) {
		clickAndWait(By.cssSelector("li[data-todo=" + todo + "] a"));
	}

	private static List<String> column(String table, int index) {
		return browser.findElements(By.cssSelector("#" + table + " tbody tr td:nth-child(" + index + ")"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static void shots(String name) throws Exception {
		screenshot(name + "-1280");
		browser.manage().window().setSize(new Dimension(390, 900));
		screenshot(name + "-390");
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	private static PublicationDraft draft(long column, String title, LocalDate madeOn) {
		return new PublicationDraft(column, title, null, "正文。", null, madeOn, Genre.NOTICE, Validity.VALID);
	}

	private String walkIn(long agency, LocalDate receivedOn) {
		return CaseFixtures
			.as("todo-clerk", Role.CLERK, agency,
					() -> this.requests.registerWalkIn(agency, CaseFixtures.form(CaseFixtures.idNumber()),
							Channel.WALK_IN, receivedOn))
			.trackingNo();
	}

	private long id(String trackingNo) {
		return this.cases.findByTrackingNo(trackingNo).orElseThrow().id();
	}

}
