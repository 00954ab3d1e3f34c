package org.gongkai.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in {@code deploy/k8s} parse, name what they are, and agree
 * with the application: two replicas whose probes ask the Actuator's liveness and
 * readiness groups on the management port the ConfigMap sets, configuration by
 * environment from the ConfigMap and the Secret, a disruption budget and a network policy
 * for the same pods, and a kustomization listing files that exist. The scripts that build
 * the image's base and check the image (deploy/base-image.sh, deploy/image-check.sh: they
 * need root, the network and minutes, so nothing runs them here) parse, and agree with
 * the build and the Deployment on the tarballs' paths and the user. deploy/node.sh trains
 * its class-data archive without the node's environment.
 */
class DeploymentManifestsTests {

	static final Path K8S = Path.of("deploy", "k8s");

	@Test
	void everyManifestParsesAndNamesItsKind() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(K8S)) {
			files = list.filter((p) -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(7);
		for (Path file : files) {
			for (Map<String, Object> document : documents(file)) {
				assertThat(document).as(file.toString()).containsKeys("apiVersion", "kind");
				if (!"Kustomization".equals(document.get("kind"))) {
					assertThat(map(document, "metadata").get("name")).as(file.toString()).isEqualTo("gongkai");
				}
			}
		}
	}

	@Test
	void theDeploymentRunsTwoNodesProbedOnTheActuatorGroups() throws IOException {
		Map<String, Object> deployment = only("deployment.yaml", "Deployment");
		Map<String, Object> spec = map(deployment, "spec");
		assertThat(spec.get("replicas")).isEqualTo(2);
		Map<String, Object> container = list(map(map(spec, "template"), "spec"), "containers").get(0);
		assertThat(path(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
		assertThat(path(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
		assertThat(path(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
		// the readiness check waits up to the pool's 3 s connection time-out
		assertThat((Integer) map(container, "readinessProbe").get("timeoutSeconds")).isGreaterThan(3);
		int management = port(container, "management");
		Map<String, Object> config = map(only("configmap.yaml", "ConfigMap"), "data");
		assertThat(config.get("MANAGEMENT_SERVER_PORT")).isEqualTo(String.valueOf(management));
		assertThat(config).containsEntry("GONGKAI_CLUSTER_ENABLED", "true")
			.containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
			.containsEntry("GONGKAI_SEARCH_BACKEND", "opensearch")
			.containsEntry("GONGKAI_STORAGE_TYPE", "s3")
			.containsKeys("GONGKAI_SEARCH_OPENSEARCH_URIS", "GONGKAI_STORAGE_S3_BUCKET", "GONGKAI_STORAGE_S3_ENDPOINT");
		Map<String, Object> secret = map(only("secret.example.yaml", "Secret"), "stringData");
		assertThat(secret).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"SPRING_DATASOURCE_PASSWORD", "GONGKAI_STORAGE_S3_ACCESSKEY", "GONGKAI_STORAGE_S3_SECRETKEY",
				"GONGKAI_AUDIT_KEY", "GONGKAI_OPERATIONS_TOKEN");
		List<Map<String, Object>> sources = list(container, "envFrom");
		assertThat(sources).anySatisfy((s) -> assertThat(map(s, "configMapRef").get("name")).isEqualTo("gongkai"))
			.anySatisfy((s) -> assertThat(map(s, "secretRef").get("name")).isEqualTo("gongkai"));
		assertThat(map(map(container, "resources"), "limits")).containsKey("memory");
		assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
	}

	@Test
	void theBudgetAndThePolicyCoverTheSamePodsAndTheMetricsPortOnlyForMonitoring() throws IOException {
		Map<String, Object> labels = map(
				map(map(map(only("deployment.yaml", "Deployment"), "spec"), "template"), "metadata"), "labels");
		Map<String, Object> budget = map(only("poddisruptionbudget.yaml", "PodDisruptionBudget"), "spec");
		assertThat(budget.get("minAvailable")).isEqualTo(1);
		assertThat(labels).containsAllEntriesOf(map(map(budget, "selector"), "matchLabels"));
		Map<String, Object> policy = map(only("networkpolicy.yaml", "NetworkPolicy"), "spec");
		assertThat(labels).containsAllEntriesOf(map(map(policy, "podSelector"), "matchLabels"));
		List<Map<String, Object>> rules = list(policy, "ingress");
		assertThat(rules).anySatisfy((rule) -> {
			assertThat(list(rule, "ports").get(0).get("port")).isEqualTo(8081);
			assertThat(map(map(list(rule, "from").get(0), "namespaceSelector"), "matchLabels"))
				.containsEntry("kubernetes.io/metadata.name", "monitoring");
		});
		Map<String, Object> service = map(only("service.yaml", "Service"), "spec");
		assertThat(labels).containsAllEntriesOf(map(service, "selector"));
	}

	@Test
	void theKustomizationListsFilesThatExist() throws IOException {
		Map<String, Object> kustomization = only("kustomization.yaml", "Kustomization");
		@SuppressWarnings("unchecked")
		List<String> resources = (List<String>) kustomization.get("resources");
		assertThat(resources).isNotEmpty().allSatisfy((file) -> assertThat(K8S.resolve(file)).exists());
		assertThat(resources).doesNotContain("secret.example.yaml");
	}

	@Test
	void theImageScriptsParseAndAgreeWithTheBuildAndTheDeployment() throws Exception {
		for (String script : List.of("deploy/base-image.sh", "deploy/image-check.sh")) {
			Path file = Path.of(script);
			assertThat(Files.isExecutable(file)).as(script).isTrue();
			assertThat(Files.readString(file)).as(script)
				.startsWith("#!/usr/bin/env bash\n")
				.contains("\nset -euo pipefail\n")
				.contains("\ncd \"$(dirname \"$0\")/..\"\n");
			Process parse = new ProcessBuilder("bash", "-n", script).redirectErrorStream(true).start();
			assertThat(parse.waitFor(20, TimeUnit.SECONDS)).as(script).isTrue();
			assertThat(parse.exitValue()).as(script + ": " + new String(parse.getInputStream().readAllBytes()))
				.isZero();
		}
		String pom = Files.readString(Path.of("pom.xml"));
		String base = Files.readString(Path.of("deploy", "base-image.sh"));
		String check = Files.readString(Path.of("deploy", "image-check.sh"));
		// the profile 'local-base' takes the tarball the script writes; the check reads
		// the one Jib writes
		assertThat(pom).contains("tar://${project.build.directory}/base-image/debian-jre17.tar");
		assertThat(base).contains("out=target/base-image\n").contains("tarball=\"$out/debian-jre17.tar\"");
		assertThat(pom).contains("<tar>${project.build.directory}/gongkai-image.tar</tar>");
		assertThat(check).contains("image=\"${1:-target/gongkai-image.tar}\"");
		// the image's user is the Deployment's, and the base creates it
		Map<String, Object> security = map(
				map(map(map(only("deployment.yaml", "Deployment"), "spec"), "template"), "spec"), "securityContext");
		String user = security.get("runAsUser") + ":" + security.get("runAsGroup");
		assertThat(pom).contains("<user>" + user + "</user>");
		assertThat(base).contains("--uid " + security.get("runAsUser") + " --gid " + security.get("runAsGroup"));
	}

	/**
	 * deploy/node.sh trains its class-data archive in a JVM of its own before it starts
	 * the node. Settings by environment (the Kubernetes manifests' way) are the node's:
	 * the training run must not see them, or it would migrate the node's database and
	 * join its search engine and cluster. A stand-in for java records what each call saw.
	 */
	@Test
	void theNodeScriptsTrainingRunSeesNoneOfTheNodesEnvironment(@TempDir Path dir) throws Exception {
		Path java = dir.resolve("java");
		Files.writeString(java, """
				#!/usr/bin/env bash
				case " $* " in
				  *" -version "*) echo '    java.specification.version = 17'; exit 0 ;;
				  *" -Djarmode=tools "*) exit 0 ;;
				esac
				{ echo "call: $*"; env | grep -E '^(SPRING|GONGKAI)_' | sort; } >>"$(dirname "$0")/calls.log"
				""");
		assertThat(java.toFile().setExecutable(true)).isTrue();
		Path jar = Files.writeString(dir.resolve("gongkai.jar"), "not a jar");
		ProcessBuilder node = new ProcessBuilder("deploy/node.sh", "--server.port=18080").redirectErrorStream(true)
			.redirectOutput(dir.resolve("node.out").toFile());
		node.environment().put("JAVA", java.toString());
		node.environment().put("GONGKAI_JAR", jar.toString());
		node.environment().put("GONGKAI_RUN_DIR", dir.resolve("run").toString());
		node.environment().put("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example/gongkai");
		node.environment().put("GONGKAI_CLUSTER_ENABLED", "true");
		Process run = node.start();
		assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String calls = Files.readString(dir.resolve("calls.log"));
		String training = calls.substring(0, calls.indexOf("call:", 1));
		String theNode = calls.substring(calls.indexOf("call:", 1));
		assertThat(training).contains("-Dspring.context.exit=onRefresh", "--gongkai.data-dir=")
			.doesNotContain("SPRING_DATASOURCE_URL", "GONGKAI_CLUSTER_ENABLED", "--server.port=18080");
		assertThat(theNode).doesNotContain("-Dspring.context.exit")
			.contains("--server.port=18080", "SPRING_DATASOURCE_URL=jdbc:postgresql://db.example/gongkai",
					"GONGKAI_CLUSTER_ENABLED=true");
	}

	private static String path(Map<String, Object> container, String probe) {
		Map<String, Object> get = map(map(container, probe), "httpGet");
		assertThat(get.get("port")).as(probe).isEqualTo("management");
		return (String) get.get("path");
	}

	private static int port(Map<String, Object> container, String name) {
		return list(container, "ports").stream()
			.filter((p) -> name.equals(p.get("name")))
			.map((p) -> (Integer) p.get("containerPort"))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> only(String file, String kind) throws IOException {
		List<Map<String, Object>> documents = documents(K8S.resolve(file));
		assertThat(documents).hasSize(1);
		assertThat(documents.get(0).get("kind")).isEqualTo(kind);
		return documents.get(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> documents(Path file) throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
			if (document != null) {
				assertThat(document).as(file.toString()).isInstanceOf(Map.class);
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		assertThat(value).as(key).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		assertThat(value).as(key).isInstanceOf(List.class);
		return (List<Map<String, Object>>) value;
	}

}
