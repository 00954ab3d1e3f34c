/**
 * The demo county, loaded on first start with {@code --gongkai.demo=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "account", "agency",
		"catalog", "channels", "fiscal", "mailbox", "platform", "publication", "village" })
package org.gongkai.demo;
