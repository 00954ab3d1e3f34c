package org.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cluster mode ({@code gongkai.cluster.*}): several stateless nodes behind a load
 * balancer on one database. With {@code enabled} the nodes share their sessions and
 * rate-limit buckets through the database and run each scheduled job once per cluster;
 * without it a single node keeps them in memory and needs nothing more (the embedded H2
 * jar).
 *
 * @param enabled whether this node is one of several on the same database
 */
@ConfigurationProperties("gongkai.cluster")
public record ClusterProperties(@DefaultValue("false") boolean enabled) {

	/** The property that switches a node to cluster mode. */
	public static final String ENABLED = "gongkai.cluster.enabled";

}
