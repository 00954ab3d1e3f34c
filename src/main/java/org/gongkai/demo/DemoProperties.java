package org.gongkai.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo settings ({@code gongkai.demo.*}; whether the demo runs at all is
 * {@code gongkai.demo}, read by the platform).
 *
 * @param password the password of every demo account, for scripted demos and checks
 * ({@code GONGKAI_DEMO_PASSWORD} in the environment); {@code null} or empty for random
 * passwords printed at every start. It must meet the password policy for every demo
 * account, or the start fails.
 * @param itemsPerAgency the published items each demo agency gets (default
 * {@value DemoCounty#ITEMS}; tests that need a demo county but not its bulk set fewer)
 */
@ConfigurationProperties("gongkai.demo")
record DemoProperties(String password, @DefaultValue("" + DemoCounty.ITEMS) int itemsPerAgency) {

	/** Whether one password was given for every demo account. */
	boolean fixedPassword() {
		return this.password != null && !this.password.isEmpty();
	}

}
