/**
 * Agencies (行政机关) and their hierarchy — county government, its departments and townships,
 * and villages/communities under townships — with unified social credit codes and the
 * disclosure office's contact data that the guide (公开指南, Regulations art. 12) shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies",
		allowedDependencies = { "audit", "platform", "platform :: web" })
package org.gongkai.agency;
