package org.gongkai.mailbox.letter;

import java.time.LocalDate;

/** A letter a clerk should answer soon, or should have answered. */
public record LetterReminder(long letterId, String trackingNo, LocalDate due, boolean overdue, boolean provisional) {

}
