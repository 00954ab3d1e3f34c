package org.gongkai;

import org.gongkai.platform.RateLimits;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Empties the in-memory rate-limit buckets of the test's context before each test method.
 * The test contexts are shared, and requests through the real server and MockMvc's
 * default come from the same address (127.0.0.1): without this, one test's requests could
 * use up the next test's limit. A test of a limit makes all its attempts in one method.
 * Registered in {@code META-INF/spring.factories} of the test classpath.
 */
public class FreshRateLimits implements TestExecutionListener, Ordered {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void beforeTestMethod(TestContext context) {
		if (context.hasApplicationContext()) {
			context.getApplicationContext().getBeanProvider(RateLimits.class).ifAvailable(RateLimits::reset);
		}
	}

}
