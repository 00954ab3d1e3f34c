package org.gongkai.decisions;

/**
 * An item as typed in the form (text, so a form that does not bind loses nothing).
 *
 * @param kind a {@link DecisionKind} name
 * @param subKind a {@link CollectiveKind} name for a 三重一大 item, else empty
 * @param reason why the item is added to a catalogue already published (调入), else ignored
 */
public record ItemInput(String title, String kind, String subKind, String unit, String plannedTime, String legalBasis,
		String reason) {

}
