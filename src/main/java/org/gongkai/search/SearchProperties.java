package org.gongkai.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code gongkai.search.*}). The index itself lives in
 * {@code <data-dir>/index} ({@code hibernate.search.backend.directory.root}).
 *
 * @param reindex rebuild the index from the database at start-up (after rows were written
 * by SQL); {@code --gongkai.search.reindex=true}
 * @param searchesPerMinute searches one client address may run per minute (page and API
 * together)
 * @param placedAbove above this many hits a search by relevance finds its order place by
 * place ({@code PublicationSearch}); up to it, one query scores every hit; above 10,000
 * (where counting stops) always one query
 * @param backend {@code lucene} (the embedded index, the default) or {@code opensearch}
 * (the cluster; see {@code SearchBackendEnvironment})
 */
@ConfigurationProperties("gongkai.search")
public record SearchProperties(@DefaultValue("false") boolean reindex, @DefaultValue("120") int searchesPerMinute,
		@DefaultValue("5000") int placedAbove, @DefaultValue("lucene") String backend) {

	/** Whether the index is this node's own embedded Lucene index. */
	boolean embedded() {
		return !"opensearch".equalsIgnoreCase(this.backend.strip());
	}

}
