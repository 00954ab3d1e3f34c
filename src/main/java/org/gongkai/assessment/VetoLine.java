package org.gongkai.assessment;

/**
 * A veto rule of an assessment's scheme and whether it applies.
 *
 * @param veto the rule
 * @param applies whether it applies
 * @param source {@code FINDING} (a VETO finding set it off) or {@code MANUAL} (the office
 * ticked it), {@code null} if it does not apply
 * @param reason why it applies, or {@code null}
 */
public record VetoLine(VetoView veto, boolean applies, String source, String reason) {

}
