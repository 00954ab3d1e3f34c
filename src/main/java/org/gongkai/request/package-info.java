/**
 * Disclosure on request (依申请公开, Regulations arts. 27–45): intake, the statutory clocks,
 * decisions, letters, fees and appeals. So far: the clock engine, and intake and tracking
 * of applications ({@link org.gongkai.request.RequestManagement}): online applications
 * awaiting the office's confirmation (art. 31), offline ones registered by clerks, and
 * tracking by number and query code; after receipt, the one correction notice (art. 30),
 * consultations (arts. 32, 34), the leader's extension (art. 33) and the answer, which a
 * leader approves unless it is full disclosure. Each step is kept as a fact on the case
 * and in its event log; due dates are derived. Identity-proof uploads come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure on request")
package org.gongkai.request;
