package org.gongkai.village;

import java.util.List;

import org.gongkai.agency.AgencySummary;

/**
 * One village's page: its columns with their cadence and the last periods of each
 * periodic column.
 *
 * @param village the village
 * @param columns its catalogue, in tree order
 * @param history per periodic column, its last twelve periods, newest first
 * @param clerk whether the signed-in user drafts for it
 */
public record VillagePage(AgencySummary village, List<VillageColumn> columns, List<DuePosting> history, boolean clerk) {

}
