package org.gongkai.platform;

/**
 * A test-only event that only {@link FailingReaction} listens to.
 *
 * @param id unique per test
 */
public record ReactionProbe(String id) {

}
