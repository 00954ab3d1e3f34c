package org.gongkai.assessment;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * None of the assessment's changes shows on a cached public page: the published results
 * are rendered per request.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentPages {

	@Bean
	PublicFootprint assessmentFootprint() {
		return PublicFootprint.nothingPublic("assessment.");
	}

}
