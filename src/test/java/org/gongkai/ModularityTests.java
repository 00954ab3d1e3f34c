package org.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.json.BasicJsonParser;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries (docs/architecture.md, Modules): no cycles, no access to another
 * module's internals, no dependency a module does not declare in its
 * {@code allowedDependencies}. Writes the module documentation to
 * target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GongkaiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	/**
	 * {@link #modulesRespectTheirBoundaries()} refuses a dependency a module does not
	 * declare only where the module declares its allowed dependencies: an
	 * {@code @ApplicationModule} without {@code allowedDependencies} allows everything.
	 * So every module declares them, an empty list for none.
	 */
	@Test
	void everyModuleDeclaresItsAllowedDependencies() throws ReflectiveOperationException {
		Object open = org.springframework.modulith.ApplicationModule.class.getMethod("allowedDependencies")
			.getDefaultValue();
		List<String> undeclared = new ArrayList<>();
		for (ApplicationModule module : this.modules) {
			org.springframework.modulith.ApplicationModule declaration = Class
				.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
			if (declaration == null || Arrays.equals(declaration.allowedDependencies(), (String[]) open)) {
				undeclared.add(module.getIdentifier().toString());
			}
		}
		assertThat(undeclared).as("modules without allowedDependencies in their package-info").isEmpty();
		assertThat(this.modules.stream().count()).as("modules found").isGreaterThan(10);
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
