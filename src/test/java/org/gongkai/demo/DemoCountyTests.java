package org.gongkai.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.UserSummary;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "gongkai.demo=true")
class DemoCountyTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

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
	void demoPasswordsMeetThePolicy() {
		for (int i = 0; i < 50; i++) {
			String password = DemoCounty.randomPassword();
			assertThat(password).hasSize(12).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*[0-9].*");
		}
	}

}
