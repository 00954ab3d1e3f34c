package org.gongkai;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context the {@link TestClock} as its one {@link Clock}
 * bean, in place of the application's system clock. Registered in
 * {@code META-INF/spring.factories} of the test classpath, so no test can forget it.
 */
public class TestClockContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestClockCustomizer();
	}

	static final class TestClockCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			context.addBeanFactoryPostProcessor(new ClockReplacement());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClockCustomizer;
		}

		@Override
		public int hashCode() {
			return TestClockCustomizer.class.hashCode();
		}

	}

	/**
	 * Runs after the configuration classes are read, so the application's clock is known.
	 */
	public static final class ClockReplacement implements BeanDefinitionRegistryPostProcessor {

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
			for (String name : beanFactory.getBeanNamesForType(Clock.class, true, false)) {
				registry.removeBeanDefinition(name);
			}
			registry.registerBeanDefinition("clock",
					BeanDefinitionBuilder.genericBeanDefinition(Clock.class, () -> TestClock.INSTANCE)
						.getBeanDefinition());
		}

	}

}
