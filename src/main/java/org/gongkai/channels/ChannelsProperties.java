package org.gongkai.channels;

import org.gongkai.channels.rules.BoardCadence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The channels' settings ({@code gongkai.channels.*}).
 *
 * @param boardCadence how often a board must be updated (MONTHLY or QUARTERLY)
 * @param photoMaxBytes the largest photo of a board posting accepted (default 5 MB)
 */
@ConfigurationProperties("gongkai.channels")
public record ChannelsProperties(@DefaultValue("MONTHLY") BoardCadence boardCadence,
		@DefaultValue("5242880") long photoMaxBytes) {

}
