package org.gongkai.mailbox.letter;

import java.time.LocalDate;
import org.gongkai.mailbox.LetterType;

/**
 * A public reply as the portal shows it: the writer's name is never shown, personal data
 * in the question and the reply are masked, and a withheld question is {@code null}.
 *
 * @param subject the masked subject, {@code null} if the question is withheld
 * @param question the masked letter, {@code null} if withheld
 */
public record PublicReply(String trackingNo, LetterType type, String subject, String question, String reply,
		LocalDate receivedOn, LocalDate repliedOn, String agencyName) {

}
