package org.gongkai.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo settings ({@code gongkai.demo.*}; whether the demo runs at all is
 * {@code gongkai.demo}, read by the platform).
 *
 * @param password the password of every demo account, for scripted demos and checks
 * ({@code GONGKAI_DEMO_PASSWORD} in the environment); {@code null} or empty for random
 * passwords printed at every start. It must meet the password policy for every demo
 * account, or the start fails.
 */
@ConfigurationProperties("gongkai.demo")
record DemoProperties(String password) {

	/** Whether one password was given for every demo account. */
	boolean fixedPassword() {
		return this.password != null && !this.password.isEmpty();
	}

}
