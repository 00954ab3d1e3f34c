package org.gongkai.demo;

import java.time.Clock;
import java.util.Map;

import org.gongkai.account.AccountManagement;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationSignOff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code GONGKAI_DEMO_PASSWORD}: when given in demo mode, every demo account signs in
 * with it (scripted demos and checks); without it the demo keeps its random passwords;
 * one that fails the password policy stops the start before anything is set. Runs the
 * demo county's start-up step again in the demo context (the same properties as
 * {@code DemoCountyTests}, so the same context).
 */
@SpringBootTest(properties = "gongkai.demo=true")
class DemoPasswordTests {

	static final String PASSWORD = "Qingxi-Demo-2026!";

	@Autowired
	GongkaiProperties properties;

	@Autowired
	DemoProperties demo;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	PublicationQueries publications;

	@Autowired
	DemoPublishing demoPublishing;

	@Autowired
	DemoVillages villages;

	@Autowired
	PublicationSignOff signOff;

	@Autowired
	Clock clock;

	@Test
	void withoutTheVariableTheDemoKeepsItsRandomPasswords() {
		assertThat(this.demo.fixedPassword()).isFalse();
		assertThat(DemoCounty.randomPassword()).isNotEqualTo(DemoCounty.randomPassword());
	}

	@Test
	void theVariableIsThePasswordOfEveryDemoAccount() {
		start(PASSWORD);
		for (DemoCounty.DemoAccount account : DemoCounty.ACCOUNTS) {
			assertThat(this.accounts.issueToken(account.username(), PASSWORD, "127.0.0.1").token())
				.as(account.username())
				.isNotBlank();
		}
	}

	@Test
	void aPasswordThePolicyRefusesStopsTheStartBeforeAnyPasswordIsSet() {
		start(PASSWORD);
		for (String weak : new String[] { "short1A!", "alllowercaseletters", "Demo-clerk-2026", "Password123!" }) {
			assertThatThrownBy(() -> start(weak)).as(weak)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("GONGKAI_DEMO_PASSWORD")
				.hasMessageContaining("does not meet the password policy");
		}
		// nothing was changed: the accounts keep the password they had
		assertThat(this.accounts.issueToken("demo-leader", PASSWORD, "127.0.0.1").token()).isNotBlank();
	}

	@Test
	void theVariableSetsTheProperty() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("env",
					Map.of("GONGKAI_DEMO", "true", "GONGKAI_DEMO_PASSWORD", PASSWORD)));
		Binder binder = new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
		assertThat(binder.bind("gongkai.demo", DemoProperties.class).get().password()).isEqualTo(PASSWORD);
		assertThat(binder.bind("gongkai.demo", Boolean.class).get()).isTrue();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("args", Map.of("gongkai.demo.password", "Other-Pass-2026!")));
		binder = new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
		assertThat(binder.bind("gongkai.demo", DemoProperties.class).get().password()).isEqualTo("Other-Pass-2026!");
	}

	/** What a start in demo mode does, with this password for every demo account. */
	private void start(String password) {
		new DemoCounty(this.properties, new DemoProperties(password, DemoCounty.ITEMS), this.agencies, this.accounts,
				this.catalog, this.publications, this.demoPublishing, this.signOff, this.clock, this.villages)
			.run(new DefaultApplicationArguments());
	}

}
