package org.gongkai.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code gongkai.data-dir} absolute and, unless a datasource URL is configured,
 * points the embedded H2 database into it ({@code <data-dir>/db/gongkai}). H2 refuses
 * implicitly relative paths, so {@code --gongkai.data-dir=mydata} must be resolved
 * against the working directory first.
 * <p>
 * The embedded database writes every commit to its file before the commit returns
 * ({@code WRITE_DELAY=0}): by default H2 gathers commits for up to half a second, and a
 * server killed in that half second (kill -9, the OOM killer, a power cut of the process)
 * lost applications whose tracking number had been shown, and handed those numbers out
 * again after the restart. Acknowledged means durable; the cost is measured in
 * BENCHMARKS.md. {@link EmbeddedDatabaseDurability} does the same for an H2 file database
 * configured by URL.
 */
class DataDirectoryEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty("gongkai.data-dir", "./data");
		Path dataDir = Path.of(configured).toAbsolutePath().normalize();
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("gongkai.data-dir", dataDir.toString());
		if (!environment.containsProperty("spring.datasource.url")) {
			defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db").resolve("gongkai")
					+ ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("gongkaiDataDirectory", defaults));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
