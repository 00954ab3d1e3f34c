package org.gongkai.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs are plain text by default and one JSON object a line (Elastic Common Schema) with
 * {@code logging.structured.format.console=ecs} (docs/operations.md). Each run is a JVM
 * of its own ({@link LogLine}: a Spring application with the application's
 * {@code application.properties} and nothing else), since the logging system is the JVM's
 * and the test JVM's must stay as it is.
 */
class StructuredLogsTests {

	static final String MESSAGE = "operations-log-line 公开";

	@Test
	void theSettingTurnsEveryLineIntoAJsonObject() throws Exception {
		List<String> lines = run("--logging.structured.format.console=ecs");
		assertThat(lines).isNotEmpty();
		JsonMapper json = JsonMapper.shared();
		JsonNode ours = null;
		for (String line : lines) {
			assertThat(line).as("every line is a JSON object").startsWith("{").endsWith("}");
			JsonNode node = json.readTree(line);
			assertThat(node.has("@timestamp")).as(line).isTrue();
			if (MESSAGE.equals(node.path("message").asString())) {
				ours = node;
			}
		}
		assertThat(ours).as("the logged line").isNotNull();
		assertThat(ours.path("log").path("level").asString()).isEqualTo("WARN");
		assertThat(ours.path("log").path("logger").asString()).isEqualTo(LogLine.class.getName());
		assertThat(ours.path("service").path("name").asString()).isEqualTo("gongkai");
	}

	@Test
	void byDefaultTheLinesArePlainText() throws Exception {
		List<String> lines = run();
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains(MESSAGE).contains("WARN"));
		assertThat(lines).noneSatisfy((line) -> assertThat(line).startsWith("{"));
	}

	/** Runs {@link LogLine} with the arguments and returns the lines it wrote. */
	private static List<String> run(String... arguments) throws IOException, InterruptedException {
		Path out = Files.createTempFile("gongkai-log", ".txt");
		Path dataDir = Files.createTempDirectory("gongkai-log-data");
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
				"-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), LogLine.class.getName(), "--gongkai.data-dir=" + dataDir));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank())
			.toList();
		assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
		return lines;
	}

	/**
	 * Starts a Spring application without beans, logs {@link #MESSAGE}, ends. A plain
	 * class: a {@code @SpringBootConfiguration} here would be what
	 * {@code @SpringBootTest} finds for the tests of this package, and a
	 * {@code @Configuration} would be scanned into the application.
	 */
	static class LogLine {

		public static void main(String[] args) {
			SpringApplication application = new SpringApplication(LogLine.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.run(args).close();
			LoggerFactory.getLogger(LogLine.class).warn(MESSAGE);
		}

	}

}
