package org.gongkai.assessment;

/**
 * What an agency (自评) or the office enters for a manual item.
 *
 * @param points the points as typed
 * @param note the agency's note or the office's reason
 * @param evidence an evidence file, or {@code null}
 */
public record SelfEntry(String points, String note, EvidenceFile evidence) {

}
