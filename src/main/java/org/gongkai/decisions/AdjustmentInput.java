package org.gongkai.decisions;

/**
 * An adjustment as the clerk proposes it.
 *
 * @param kind {@code CHANGED} or {@code REMOVED}
 * @param plannedTime the new planned time, or empty to keep it
 * @param unit the new undertaking unit, or empty to keep it
 */
public record AdjustmentInput(String kind, String reason, String plannedTime, String unit) {

}
