package org.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.json.BasicJsonParser;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries (docs/architecture.md, Modules): no cycles, no access to another
 * module's internals. Writes the module documentation to target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GongkaiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

	/**
	 * The documenter reads the Javadoc extracted at compile time with Boot's basic JSON
	 * parser, which fails on some quoted text (a double-quoted phrase after a colon did).
	 * Name the offending type here, since an incremental build may not regenerate the
	 * file.
	 */
	@Test
	void javadocIsReadableByTheDocumenter() throws IOException {
		Path extracted = Path.of("target/generated-spring-modulith/javadoc.json");
		if (!Files.exists(extracted)) {
			return;
		}
		List<String> unreadable = new ArrayList<>();
		for (JsonNode type : JsonMapper.builder().build().readTree(Files.readString(extracted))) {
			try {
				new BasicJsonParser().parseList("[" + type + "]");
			}
			catch (RuntimeException ex) {
				unreadable.add(type.path("name").asString());
			}
		}
		assertThat(unreadable).as("Javadoc the module documenter cannot read; avoid double quotes there").isEmpty();
	}

}
