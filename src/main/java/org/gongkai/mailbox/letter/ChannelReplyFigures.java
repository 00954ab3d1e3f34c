package org.gongkai.mailbox.letter;

import org.gongkai.mailbox.LetterChannel;

/**
 * The reply figures of the letters that came by one channel.
 *
 * @param figures received, answered, on time, mean days and ratings (no agency, no month)
 */
public record ChannelReplyFigures(LetterChannel channel, ReplyFigures figures) {

}
