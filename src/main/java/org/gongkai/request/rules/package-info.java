/**
 * The legal rules of disclosure on request, plain Java without Spring or JPA
 * (docs/legal-rules.md): the statutory clock of arts. 30–34
 * ({@link org.gongkai.request.rules.StatutoryClock} over a case's
 * {@link org.gongkai.request.rules.ClockFacts}), deemed abandonment (art. 30), the fee
 * schedule and payment period (国办函〔2020〕109号), and the legal answer types of arts. 35–39
 * as rows of table 三 ({@link org.gongkai.request.rules.Outcome}). A named interface:
 * other modules name an answer by its {@code Outcome} (the mailbox closes a case as a
 * petition, the annual report counts outcomes) and read a case's clock.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.gongkai.request.rules;
