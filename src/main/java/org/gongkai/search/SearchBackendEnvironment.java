package org.gongkai.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the search backend from {@code gongkai.search.backend} and sets Hibernate
 * Search's properties for it, as defaults: a Hibernate Search property given directly
 * ({@code spring.jpa.properties.hibernate.search.*}) wins over the value set here.
 * <ul>
 * <li>{@code lucene} (the default): the embedded Lucene index in
 * {@code <data-dir>/index}, written when the publishing transaction commits and visible
 * to searches at once ({@code read-sync}); one node only.</li>
 * <li>{@code opensearch}: the Elasticsearch backend against the OpenSearch cluster at
 * {@code gongkai.search.opensearch.uris} (comma-separated, default
 * {@code http://127.0.0.1:9200}; {@code gongkai.search.opensearch.username} and
 * {@code .password} when it asks for them), with the analysis of
 * {@link OpenSearchAnalysis}, and the outbox-polling coordination: a change to a search
 * document writes an event row in the publishing transaction (tables
 * {@code hsearch_outbox_event}, {@code hsearch_agent}), and the nodes' event processors
 * share those rows and index them shortly after the commit. A node that crashes after the
 * commit loses nothing: the rows wait for the next processor, and every node's changes
 * reach the one index every node searches.</li>
 * </ul>
 * Both backends are on the class path, so the backend type is always named here.
 */
class SearchBackendEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String BACKEND = "gongkai.search.backend";

	private static final String HS = "spring.jpa.properties.hibernate.search.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String backend = environment.getProperty(BACKEND, "lucene").strip().toLowerCase(Locale.ROOT);
		Map<String, Object> defaults = switch (backend) {
			case "lucene" -> lucene();
			case "opensearch" -> openSearch(environment);
			default -> throw new IllegalStateException(
					BACKEND + " must be lucene or opensearch, not '" + environment.getProperty(BACKEND) + "'");
		};
		environment.getPropertySources().addLast(new MapPropertySource("gongkaiSearchBackend", defaults));
	}

	private static Map<String, Object> lucene() {
		Map<String, Object> defaults = new HashMap<>();
		defaults.put(HS + "backend.type", "lucene");
		defaults.put(HS + "backend.directory.root", "${gongkai.data-dir}/index");
		defaults.put(HS + "backend.analysis.configurer", "class:" + ChineseAnalysis.class.getName());
		// the Lucene line of Hibernate Search 8.3, pinned so analysis does not change
		// silently on an upgrade
		defaults.put(HS + "backend.lucene_version", "9.12.3");
		defaults.put(HS + "indexing.plan.synchronization.strategy", "read-sync");
		// reindexing: Lucene's writer buffers 64 MB of documents before it writes a
		// segment (default 16 MB: four times the segments to merge)
		defaults.put(HS + "backend.io.writer.ram_buffer_size", "64");
		return defaults;
	}

	private static Map<String, Object> openSearch(ConfigurableEnvironment environment) {
		Map<String, Object> defaults = new HashMap<>();
		defaults.put(HS + "backend.type", "elasticsearch");
		defaults.put(HS + "backend.uris",
				environment.getProperty("gongkai.search.opensearch.uris", "http://127.0.0.1:9200"));
		String username = environment.getProperty("gongkai.search.opensearch.username");
		if (username != null && !username.isBlank()) {
			defaults.put(HS + "backend.username", username);
			defaults.put(HS + "backend.password", environment.getProperty("gongkai.search.opensearch.password", ""));
		}
		defaults.put(HS + "backend.analysis.configurer", "class:" + OpenSearchAnalysis.class.getName());
		defaults.put(HS + "coordination.strategy", "outbox-polling");
		return defaults;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
