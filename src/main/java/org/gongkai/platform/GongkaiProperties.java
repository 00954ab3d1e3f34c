package org.gongkai.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform-wide settings ({@code gongkai.*}).
 *
 * @param dataDir the directory holding every piece of state (database, indexes, uploads)
 * @param demo whether to load the demo county on first start
 * @param zone the time zone legal dates are taken in (default Asia/Shanghai); the
 * {@link java.time.Clock} bean carries it
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo,
		@DefaultValue("Asia/Shanghai") String zone) {

}
