/**
 * The demo county, loaded on first start with {@code --gongkai.demo=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "account", "activities", "agency", "catalog", "channels", "concerns", "decisions",
				"fiscal", "mailbox", "platform", "powers", "publication", "services", "village" })
package org.gongkai.demo;
