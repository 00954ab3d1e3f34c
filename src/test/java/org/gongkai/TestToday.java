package org.gongkai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The day a test class runs on whatever day the suite runs on: for tests whose facts are
 * tied to a real calendar (a year's holiday notice, a published annual report of a given
 * year). Everything else runs on the suite's day ({@link TestClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface TestToday {

	/**
	 * @return the day, as an ISO date ({@code 2026-03-10})
	 */
	String value();

}
