package org.gongkai.mailbox.letter;

/**
 * A mailbox as pages show it.
 *
 * @param leaderName the leader it belongs to, {@code null} for the agency's own
 */
public record MailboxView(long id, long agencyId, String name, String leaderName, boolean active) {

}
