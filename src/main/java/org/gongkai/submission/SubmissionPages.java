package org.gongkai.submission;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Submissions and their purging show on no public page. No change of this module touches
 * a page the public page cache keeps, so none of them empties it.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionPages {

	@Bean
	PublicFootprint submissionFootprint() {
		return PublicFootprint.nothingPublic("submission.");
	}

}
