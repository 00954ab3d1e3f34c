/**
 * Village affairs disclosure (村务公开, Organic Law of Villagers' Committees art. 30–32): the
 * cadence of a village's columns (finances monthly or quarterly, the rest as events
 * happen), postings with the period they cover, the print for the village's board (公开栏)
 * with the places for the signatures, and the township's view of its villages: what each
 * posted this period, what is due and missing, and the yearly count. Village and
 * residents' committees are not administrative organs: they take no requests under the
 * Regulations unless an installation turns it on
 * ({@link org.gongkai.village.VillageProperties}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Village affairs", allowedDependencies = { "account",
		"agency", "audit", "catalog", "platform", "platform :: web", "publication", "rendering" })
package org.gongkai.village;
