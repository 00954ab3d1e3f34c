package org.gongkai.assessment;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.assessment.rules.Period;
import org.gongkai.assessment.rules.PeriodKind;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode only: every county gets the sample scheme for this year's quarters, and
 * the current quarter is opened for the agencies below it, so the self-assessment and the
 * office's scoring can be tried at once.
 */
@Component
class DemoAssessment {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessment.class);

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final AssessmentSchemes schemes;

	private final Assessments assessments;

	private final Clock clock;

	DemoAssessment(GongkaiProperties properties, AgencyManagement agencies, AssessmentSchemes schemes,
			Assessments assessments, Clock clock) {
		this.properties = properties;
		this.agencies = agencies;
		this.schemes = schemes;
		this.assessments = assessments;
		this.clock = clock;
	}

	/** After the start-up runners, so the demo county exists. */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.properties.demo()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Period quarter = Period.containing(PeriodKind.QUARTER, today);
		for (AgencySummary county : this.agencies.all()) {
			if (county.level() != AgencyLevel.COUNTY || county.parentId() != null) {
				continue;
			}
			this.schemes.loadSampleAsSystem(county.id(), PeriodKind.QUARTER, today.getYear());
			try {
				int opened = this.assessments.openAsSystem(county.id(), quarter);
				if (opened > 0) {
					log.info("Demo assessment: {} opened for {} agencies below {}", quarter, opened, county.name());
				}
			}
			catch (RuleViolationException ex) {
				// published already: nothing to open
				log.debug("Demo assessment not opened: {}", ex.getMessage());
			}
		}
	}

}
