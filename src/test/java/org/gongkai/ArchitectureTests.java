package org.gongkai;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Sha256;
import org.gongkai.platform.Text;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

/**
 * The conventions (docs/architecture.md, Conventions) that the compiler does not check.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.gongkai");

	@Test
	void timeComesFromTheInjectedClock() {
		readTheWallClock(noClasses().should())
			.because("an argument-less now() cannot be fixed in tests; inject the Clock")
			.check(CLASSES);
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAPackage("..web..")
			.check(CLASSES);
	}

	@Test
	void noFieldInjection() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
	}

	@Test
	void webPackagesDoNotTouchRepositories() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.check(CLASSES);
	}

	/**
	 * The legal rules live in plain-Java {@code rules} packages (docs/architecture.md,
	 * Conventions): no Spring, JPA or Hibernate, so a rule reads, tests and
	 * mutation-tests on its own. (A rules package's package-info may carry Spring
	 * Modulith's {@code @NamedInterface}: metadata for the module checks, not code.)
	 */
	@Test
	void rulesPackagesUseNoFrameworks() {
		noClasses().that()
			.resideInAPackage("org.gongkai..rules..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
			.because("a legal rule is plain Java")
			.check(CLASSES);
	}

	/**
	 * A rule uses the JDK, other rules, the plain values of modules' APIs (enums and
	 * records such as the applicant types of a request or a scanner finding) and three
	 * plain classes of the platform's kernel (the refusal a rule throws,
	 * {@link RuleViolationException}; text cleaning, {@link Text}; hashing,
	 * {@link Sha256}): no service, entity or repository. The one library allowed is
	 * Jackson, which {@code calendar.rules} reads the bundled holiday notices with.
	 */
	@Test
	void rulesDependOnTheJdkAndOtherRulesOnly() {
		classes().that()
			.resideInAPackage("org.gongkai..rules..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.onlyDependOnClassesThat(
					JavaClass.Predicates.resideInAnyPackage("java..", "org.gongkai..rules..", "tools.jackson..")
						.or(JavaClass.Predicates.belongToAnyOf(RuleViolationException.class, Text.class, Sha256.class))
						.or(DescribedPredicate.describe("plain values of a module's API (enums and records)",
								(type) -> plainValue(type.getBaseComponentType()))))
			.because("a legal rule is plain Java and reads no module's services or entities")
			.check(CLASSES);
	}

	private static boolean plainValue(JavaClass type) {
		return type.getPackageName().startsWith("org.gongkai.") && (type.isEnum() || type.isAssignableTo(Record.class));
	}

	/** The platform classes rules may use are plain Java themselves. */
	@Test
	void thePlatformClassesRulesUseArePlain() {
		noClasses().that()
			.belongToAnyOf(RuleViolationException.class, Text.class, Sha256.class)
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("java..", "org.gongkai.platform..")
			.check(CLASSES);
	}

	/**
	 * Tests never read the wall clock: the application's clock is {@link TestClock} and a
	 * test that needs time to pass moves it. Benchmarks (run by the scripts in bench/,
	 * not by the suite) time real runs and may.
	 */
	@Test
	void testsNeverReadTheWallClock() {
		JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages("org.gongkai");
		ClassesShould should = noClasses().that()
			.doNotHaveSimpleName("TestClock")
			.and()
			.haveSimpleNameNotContaining("Bench")
			.and()
			.resideOutsideOfPackage("..bench..")
			.should();
		readTheWallClock(should).orShould()
			.callMethod(Clock.class, "systemUTC")
			.orShould()
			.callMethod(Clock.class, "system", java.time.ZoneId.class)
			.because("tests run on the fixed TestClock; a test that needs time to pass moves it")
			.check(tests);
	}

	/** Calls that read the wall clock: argument-less now() and the system clocks. */
	private static ClassesShouldConjunction readTheWallClock(ClassesShould should) {
		return should.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.callMethod(Clock.class, "systemDefaultZone");
	}

}
