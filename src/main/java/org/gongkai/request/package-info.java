/**
 * Disclosure on request (依申请公开, Regulations arts. 27–45): intake, the statutory clocks,
 * decisions, letters, fees and appeals. This first part holds the clock engine; the case
 * workflow builds on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure on request")
package org.gongkai.request;
