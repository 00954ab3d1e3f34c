/**
 * Disclosure on request (依申请公开, Regulations arts. 27–45): intake, the statutory clocks,
 * decisions, letters, fees and appeals. So far: the clock engine, and intake and tracking
 * of applications ({@link org.gongkai.request.RequestManagement}): online applications
 * awaiting the office's confirmation (art. 31), offline ones registered by clerks, and
 * tracking by number and query code. Identity-proof uploads come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure on request")
package org.gongkai.request;
