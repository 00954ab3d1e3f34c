package org.gongkai.demo;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The test classes that read the demo county ({@code gongkai.demo=true}), run as one
 * suite so that they run in one test JVM, which seeds the demo once. Run class by class,
 * Surefire's two JVMs each took one of them first and each seeded the demo: about 20 s
 * each on two cores. The Surefire configuration in pom.xml leaves out exactly the classes
 * of these three patterns from its own run, so a new {@code Demo...Tests} class in this
 * package runs here and nowhere else. One class alone still runs with
 * {@code -Dtest=DemoPowersTests}. The cluster runs ({@code -Pcluster},
 * {@code -Plocalcluster}) select none of them by their tags: no tests is no failure.
 */
@Suite(failIfNoTests = false)
@SelectPackages("org.gongkai.demo")
@SelectClasses(names = "org.gongkai.search.SearchByPlaceTests")
@IncludeClassNamePatterns({ "org\\.gongkai\\.demo\\.Demo.*Tests", "org\\.gongkai\\.demo\\.SearchQualityTests",
		"org\\.gongkai\\.search\\.SearchByPlaceTests" })
class OneDemoContextTests {

}
