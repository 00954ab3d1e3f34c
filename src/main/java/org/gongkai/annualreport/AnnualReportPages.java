package org.gongkai.annualreport;

import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Annual reports are not on the cached public pages (their pages and files are rendered
 * per request). No change of this module touches a page the public page cache keeps, so
 * none of them empties it.
 */
@Configuration(proxyBeanMethods = false)
class AnnualReportPages {

	@Bean
	PublicFootprint annualreportFootprint() {
		return PublicFootprint.nothingPublic("annualreport.");
	}

}
