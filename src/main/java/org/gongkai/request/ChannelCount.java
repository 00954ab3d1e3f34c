package org.gongkai.request;

/**
 * How many applications one agency received in a year through one channel.
 *
 * @param agencyId the agency
 * @param channel the channel
 * @param received the number of cases received in the year
 */
public record ChannelCount(long agencyId, Channel channel, long received) {
}
