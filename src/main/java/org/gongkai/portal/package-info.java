/**
 * The public site's shell: home page, layout, agency pages. Reads other modules, nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
		allowedDependencies = { "agency", "catalog", "platform", "platform :: web", "privacy", "publication",
				"rendering", "request", "request :: rules", "village" })
package org.gongkai.portal;
