package org.gongkai.platform.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link ChineseErrorReportValve} in place of Tomcat's error report valve: the
 * one Spring Boot adds (this customizer runs after Boot's) and the one the host would add
 * when it starts.
 */
@Component
class ChineseErrorReportCustomizer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final MessageSource messages;

	ChineseErrorReportCustomizer(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				// the host adds a valve of this class when it starts unless one is there
				host.setErrorReportValveClass(ChineseErrorReportValve.class.getName());
			}
			Pipeline pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new ChineseErrorReportValve(this.messages));
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
