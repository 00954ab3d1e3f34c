package org.gongkai.platform.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The public page cache's settings ({@code gongkai.page-cache.*}).
 *
 * @param ttl how long a page is served without re-rendering at most (0 switches the cache
 * off): what changes with time alone (a rule's validity running out) shows within it
 * @param maxBytes what the kept pages may cost together (least recently read go first)
 * @param maxEntryBytes larger pages are not kept
 * @param pollInterval in cluster mode, how often a node reads the others' invalidations
 * @param keepInvalidations in cluster mode, how long invalidation rows are kept
 */
@ConfigurationProperties("gongkai.page-cache")
public record PageCacheSettings(@DefaultValue("60s") Duration ttl, @DefaultValue("64MB") DataSize maxBytes,
		@DefaultValue("524288") int maxEntryBytes, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("10m") Duration keepInvalidations) {

}
