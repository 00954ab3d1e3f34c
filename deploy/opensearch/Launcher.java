import java.nio.file.Files;
import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts one OpenSearch node for Gongkai (deploy/opensearch.sh runs it with the classpath of the pom beside it): a
 * single-node cluster bound to 127.0.0.1 only, HTTP on the given port, data under the given directory, with only
 * the modules on the classpath (netty4 for HTTP, analysis-common for cjk_width and cjk_bigram, reindex
 * for the _delete_by_query with which the mass indexer empties an index). Runs until killed.
 * Arguments: base directory, HTTP port, cluster name.
 */
public class Launcher {

	public static void main(String[] args) throws Exception {
		Path base = Path.of(args[0]).toAbsolutePath();
		int port = Integer.parseInt(args[1]);
		String cluster = (args.length > 2) ? args[2] : "gongkai";
		Files.createDirectories(base);
		OpenSearchRunner runner = new OpenSearchRunner();
		runner.setMaxHttpPort(-1);
		runner.onBuild((index, settings) -> {
			settings.put("network.host", "127.0.0.1");
			settings.put("http.port", Integer.toString(port));
			settings.put("transport.port", Integer.toString(port + 100));
			settings.put("discovery.type", "single-node");
			settings.putList("node.roles", "cluster_manager", "data", "ingest");
			// a small test and development node: no disk-watermark read-only switch on a full CI disk
			settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
			settings.put("action.auto_create_index", "false");
		});
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				runner.close();
			}
			catch (Exception ex) {
				System.err.println("Closing the node: " + ex);
			}
		}));
		runner.build(OpenSearchRunner.newConfigs()
			.basePath(base.toString())
			.numOfNode(1)
			.clusterName(cluster)
			.moduleTypes("org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.transport.Netty4Plugin,"
				+ "org.opensearch.index.reindex.ReindexPlugin"));
		runner.ensureYellow();
		System.out.println("OpenSearch node ready on http://127.0.0.1:" + port);
		while (!runner.isClosed()) {
			Thread.sleep(1000);
		}
	}

}
