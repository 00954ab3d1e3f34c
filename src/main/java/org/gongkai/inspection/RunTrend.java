package org.gongkai.inspection;

import java.time.Instant;
import java.util.Map;

/**
 * One past run in an agency's history.
 *
 * @param id the run's id
 * @param ranAt when it ran
 * @param trigger {@code MANUAL} or {@code SCHEDULE}
 * @param vetoes how many findings were vetoes
 * @param total how many findings it had
 * @param perRule findings per rule code, by code
 */
public record RunTrend(long id, Instant ranAt, String trigger, int vetoes, int total, Map<String, Long> perRule) {

}
