package org.gongkai.search;

/**
 * What a reindex did.
 *
 * @param documents documents in the index afterwards
 * @param added documents created for published items that had none (rows written by SQL)
 * @param removed documents dropped because their item is no longer public
 * @param millis how long it took, in milliseconds
 */
public record ReindexResult(long documents, long added, long removed, long millis) {

}
