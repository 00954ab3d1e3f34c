package org.gongkai.village;

import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;

import org.springframework.context.ApplicationContext;

/**
 * Test fixture: a county with a township and two villages under it, a second township
 * with a village, and the accounts of a village's clerk, reviewer and supervision
 * committee, the other village's supervisor, the township's clerk, the other township's
 * clerk and the county's disclosure office.
 */
final class VillageDesk {

	final long county;

	final long township;

	final String townshipCode;

	final long village;

	final String villageCode;

	final long otherVillage;

	final String otherVillageCode;

	final long farVillage;

	final String farVillageCode;

	final String villageName;

	final String otherVillageName;

	final String clerk;

	final String reviewer;

	final String supervisor;

	final String otherSupervisor;

	final String townshipClerk;

	final String farTownshipClerk;

	final String office;

	final long accountsColumn;

	final long resolutionsColumn;

	final long otherVillageAccounts;

	VillageDesk(ApplicationContext context) {
		AgencyManagement agencies = context.getBean(AgencyManagement.class);
		AccountManagement accounts = context.getBean(AccountManagement.class);
		CatalogManagement catalog = context.getBean(CatalogManagement.class);
		long n = System.nanoTime() % 100000;
		this.county = agencies.create(AgencyFixtures.county("村务县" + n));
		AgencyData town = AgencyFixtures.under(this.county, AgencyLevel.TOWNSHIP, "村务镇" + n + "人民政府");
		this.township = agencies.create(town);
		this.townshipCode = town.creditCode();
		this.villageName = "柳树村" + n + "村民委员会";
		AgencyData v = AgencyFixtures.under(this.township, AgencyLevel.VILLAGE, this.villageName);
		this.village = agencies.create(v);
		this.villageCode = v.creditCode();
		this.otherVillageName = "杨树村" + n + "村民委员会";
		AgencyData other = AgencyFixtures.under(this.township, AgencyLevel.VILLAGE, this.otherVillageName);
		this.otherVillage = agencies.create(other);
		this.otherVillageCode = other.creditCode();
		long farTown = agencies.create(AgencyFixtures.under(this.county, AgencyLevel.TOWNSHIP, "远乡" + n + "人民政府"));
		AgencyData far = AgencyFixtures.under(farTown, AgencyLevel.VILLAGE, "远村" + n + "村民委员会");
		this.farVillage = agencies.create(far);
		this.farVillageCode = far.creditCode();
		this.clerk = Staff.create(accounts, Role.CLERK, this.village);
		this.reviewer = Staff.create(accounts, Role.REVIEWER, this.village);
		this.supervisor = Staff.create(accounts, Role.VILLAGE_SUPERVISOR, this.village);
		this.otherSupervisor = Staff.create(accounts, Role.VILLAGE_SUPERVISOR, this.otherVillage);
		this.townshipClerk = Staff.create(accounts, Role.CLERK, this.township);
		this.farTownshipClerk = Staff.create(accounts, Role.CLERK, farTown);
		this.office = Staff.create(accounts, Role.DISCLOSURE_OFFICE, this.county);
		this.accountsColumn = column(catalog, this.village, "vl-fin-accounts");
		this.resolutionsColumn = column(catalog, this.village, "vl-resolutions");
		this.otherVillageAccounts = column(catalog, this.otherVillage, "vl-fin-accounts");
	}

	static long column(CatalogManagement catalog, long agencyId, String code) {
		return catalog.publicTree(agencyId)
			.stream()
			.filter((c) -> code.equals(c.code()))
			.findFirst()
			.map(ColumnNode::id)
			.orElseThrow();
	}

}
