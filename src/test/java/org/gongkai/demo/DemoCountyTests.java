package org.gongkai.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.UserSummary;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.privacy.PrivacyScanner;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationRelease;
import org.gongkai.publication.PublicationSignOff;
import org.gongkai.publication.Validity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = "gongkai.demo=true")
class DemoCountyTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PublicationQueries publications;

	@Autowired
	PublicationRelease release;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	PrivacyScanner scanner;

	@Autowired
	PublicationSignOff signOff;

	@Autowired
	org.gongkai.village.VillageAffairs villages;

	@Test
	void theDemoAdministratorsSignInAndTakeTokensWithThePrintedPasswordsAtOnce() {
		for (String name : List.of("demo-sysadmin", "demo-secadmin", "demo-auditor")) {
			UserSummary admin = this.accounts.users()
				.stream()
				.filter((user) -> user.username().equals(name))
				.findFirst()
				.orElseThrow();
			// what DemoCounty does at every start, with the password it prints
			this.accounts.setDemoAdministratorPassword(admin.id(), "Printed-demo-2026");
			assertThat(this.accounts.issueToken(name, "Printed-demo-2026", "127.0.0.1").token()).isNotBlank();
		}
	}

	@Test
	void loadsACountyWithDepartmentsTownshipsAndVillages() {
		AgencySummary county = this.agencies.findByCreditCode(DemoCounty.COUNTY).orElseThrow().summary();
		List<AgencySummary> below = this.agencies.all()
			.stream()
			.filter((a) -> this.agencies.selfAndDescendants(county.id()).contains(a.id()))
			.toList();
		assertThat(below.stream().filter((a) -> a.level() == AgencyLevel.DEPARTMENT)).hasSize(3);
		assertThat(below.stream().filter((a) -> a.level() == AgencyLevel.TOWNSHIP)).hasSize(2);
		assertThat(below.stream().filter((a) -> a.level() == AgencyLevel.VILLAGE)).hasSize(4);
	}

	@Test
	void onlyHexiRequiresTheLeadersSignOffSoTheDemoShowsTheStep() {
		for (String code : DemoCounty.AGENCIES) {
			long id = this.agencies.findByCreditCode(code).orElseThrow().summary().id();
			assertThat(this.signOff.required(id)).as(code).isEqualTo("11451227628194821P".equals(code));
		}
	}

	@Test
	void hasOneAccountPerRole() {
		Set<Role> roles = this.accounts.users()
			.stream()
			.filter((u) -> u.username().startsWith("demo-"))
			.map(UserSummary::grants)
			.flatMap(List::stream)
			.map(Grant::role)
			.collect(Collectors.toSet());
		assertThat(roles).containsExactlyInAnyOrder(Role.values());
	}

	@Test
	void everyDemoAgencyHasAtLeast150PublicItemsAcrossFiveColumnsWithoutScannerFindings() {
		for (String code : DemoCounty.AGENCIES) {
			AgencySummary agency = this.agencies.findByCreditCode(code).orElseThrow().summary();
			List<PublicationItem> items = publicItemsOf(agency.id());
			// villages post village affairs: a year of monthly accounts and some events
			assertThat(items).as(agency.name())
				.hasSizeGreaterThanOrEqualTo((agency.level() == AgencyLevel.VILLAGE) ? 20 : 150);
			assertThat(items.stream().map(PublicationItem::columnId).distinct().count()).as(agency.name())
				.isGreaterThanOrEqualTo(5);
			for (PublicationItem item : items) {
				for (String text : new String[] { item.title(), item.summary(), item.body() }) {
					if (text != null) {
						assertThat(this.scanner.scan(text)).as(item.title()).isEmpty();
					}
				}
			}
		}
	}

	@Test
	void theDemoTownshipSeesItsVillagesAccountsWithTheDueMonthMissingInLiuwan() {
		AgencySummary hexi = this.agencies.findByCreditCode("11451227628194821P").orElseThrow().summary();
		org.gongkai.village.VillageOverview overview = org.gongkai.request.CaseFixtures.as("demo-clerk",
				org.gongkai.account.Role.CLERK, hexi.id(),
				() -> this.villages.overview(TestClock.INSTANCE.today().getYear()));
		assertThat(overview.villages()).extracting((v) -> v.village().creditCode())
			.containsExactlyInAnyOrder(DemoVillages.DUE_MISSING, "544512275432319480");
		for (org.gongkai.village.VillageStatus row : overview.villages()) {
			// 柳湾村 has not posted the month now due, 新街社区 has
			assertThat(row.complete()).as(row.village().name())
				.isEqualTo(!DemoVillages.DUE_MISSING.equals(row.village().creditCode()));
		}
		assertThat(overview.total()).isPositive();
		var page = org.gongkai.request.CaseFixtures.as("demo-clerk", org.gongkai.account.Role.CLERK,
				this.agencies.findByCreditCode(DemoVillages.GAP).orElseThrow().summary().id(),
				() -> this.villages.village(DemoVillages.GAP));
		assertThat(page.history()).filteredOn(org.gongkai.village.DuePosting::missing)
			.extracting((d) -> d.period().key())
			.containsExactly(overview.due().previous().previous().previous().key());
	}

	@Test
	void demoItemsLookRealAndVaried() {
		AgencySummary county = this.agencies.findByCreditCode(DemoCounty.COUNTY).orElseThrow().summary();
		List<PublicationItem> items = publicItemsOf(county.id());
		assertThat(items).allSatisfy((item) -> {
			assertThat(item.title()).matches(".*\\p{IsHan}.*");
			assertThat(item.madeOn()).isBetween(DemoTexts.FIRST, DemoTexts.LAST);
			assertThat(item.publishedOn()).isAfterOrEqualTo(item.madeOn());
			assertThat(item.body()).contains(county.name());
		});
		assertThat(items.stream().map(PublicationItem::genre).distinct().count()).isGreaterThanOrEqualTo(4);
		assertThat(items.stream().map(PublicationItem::validity).distinct()).contains(Validity.VALID);
		assertThat(items.stream().map(PublicationItem::title).distinct().count()).isGreaterThan(100);
		assertThat(items).anyMatch((item) -> item.documentNumber() != null
				&& item.documentNumber().matches("青政(办)?(发|函)〔20(25|26)〕[0-9]+号"));
		assertThat(items).anyMatch((item) -> item.documentNumber() == null);
		assertThat(items).anyMatch(PublicationItem::late);
		assertThat(items.stream().filter(PublicationItem::late).count()).isLessThan(items.size() / 5);
		assertThat(items.stream().map((item) -> item.publishedOn().getYear()).distinct()).contains(2025, 2026);
		// masked names only, as in 张* or 欧阳**
		assertThat(items).anyMatch((item) -> item.bodyText().matches("(?s).*\\n[0-9]+　\\p{IsHan}{1,2}\\*{1,2}　.*"));
	}

	@Test
	void theSameAgencyGetsTheSameItemsEveryTime() {
		AgencySummary county = this.agencies.findByCreditCode(DemoCounty.COUNTY).orElseThrow().summary();
		Set<String> codes = DemoTexts.load().columnCodes();
		LocalDate today = LocalDate.of(2026, 11, 22);
		List<DemoTexts.Item> once = DemoCounty.composeAll(DemoTexts.load(), county, codes, today, DemoCounty.ITEMS);
		List<DemoTexts.Item> again = DemoCounty.composeAll(DemoTexts.load(), county, codes, today, DemoCounty.ITEMS);
		assertThat(again).isEqualTo(once).hasSize(DemoCounty.ITEMS);
	}

	@Test
	void demoPublishingRefusesItemsTheWorkflowWouldNot() {
		AgencySummary county = this.agencies.findByCreditCode(DemoCounty.COUNTY).orElseThrow().summary();
		AgencySummary hexi = this.agencies.findByCreditCode("11451227628194821P").orElseThrow().summary();
		long countyColumn = this.catalog.publicTree(county.id()).get(0).id();
		long before = this.publications.publicList(county.id(), null, 0, 1).getTotalElements();
		LocalDate made = LocalDate.of(2026, 3, 2);
		PublicationDraft draft = new PublicationDraft(countyColumn, "<script>alert(1)</script>", null, "正文", null, made,
				Genre.NOTICE, Validity.VALID);
		assertThatThrownBy(() -> this.release.publishDemoItem(hexi.id(), draft, made))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.release.publishDemoItem(county.id(), draft, made.minusDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.release.publishDemoItem(county.id(), draft, LocalDate.of(2099, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.release.publishDemoItem(county.id(), new PublicationDraft(countyColumn,
				"x".repeat(201), null, "正文", null, made, Genre.NOTICE, Validity.VALID), made))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.publications.publicList(county.id(), null, 0, 1).getTotalElements()).isEqualTo(before);
	}

	private List<PublicationItem> publicItemsOf(long agencyId) {
		List<PublicationItem> out = new ArrayList<>();
		long after = 0;
		while (true) {
			List<PublicationItem> page = this.publications.publicItemsAfter(after, 1000);
			if (page.isEmpty()) {
				return out;
			}
			page.stream().filter((item) -> item.agencyId() == agencyId).forEach(out::add);
			after = page.get(page.size() - 1).id();
		}
	}

	@Test
	void demoPasswordsMeetThePolicy() {
		for (int i = 0; i < 50; i++) {
			String password = DemoCounty.randomPassword();
			assertThat(password).hasSize(12).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[0-9].*");
		}
	}

}
