package org.gongkai;

import java.time.LocalDate;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Sets the {@link TestClock} back before each test class (so a context it starts starts
 * on that day) and before each test method (so no test sees the time another test moved).
 */
public class TestClockListener implements TestExecutionListener, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void beforeTestClass(TestContext context) {
		reset(context.getTestClass());
	}

	@Override
	public void beforeTestMethod(TestContext context) {
		reset(context.getTestClass());
	}

	static void reset(Class<?> testClass) {
		TestToday today = AnnotatedElementUtils.findMergedAnnotation(testClass, TestToday.class);
		Class<?> enclosing = testClass.getEnclosingClass();
		while (today == null && enclosing != null) {
			today = AnnotatedElementUtils.findMergedAnnotation(enclosing, TestToday.class);
			enclosing = enclosing.getEnclosingClass();
		}
		if (today != null) {
			TestClock.INSTANCE.setToday(LocalDate.parse(today.value()));
		}
		else {
			TestClock.INSTANCE.reset();
		}
	}

}
