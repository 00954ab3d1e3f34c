/**
 * The disclosure catalogue (公开目录) of each agency: a tree of columns made from the
 * standard templates (Regulations art. 20, art. 21 for townships, the grassroots standard
 * areas of 国办发〔2019〕54号), which the agency renames, extends, hides and orders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure catalogue",
		allowedDependencies = { "account", "agency", "audit", "platform" })
package org.gongkai.catalog;
