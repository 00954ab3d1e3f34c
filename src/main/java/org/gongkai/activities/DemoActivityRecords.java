package org.gongkai.activities;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo county's activities and organisation in demo mode only, through the same
 * checks and audit entries as the forms (by {@code system}); outside demo mode every
 * command is refused.
 */
@Service
public class DemoActivityRecords {

	private final GongkaiProperties properties;

	private final ActivityRecords activities;

	private final Organisations organisations;

	private final Activities checks;

	private final OrganisationEditing organisationChecks;

	private final AuditLog audit;

	private final Clock clock;

	DemoActivityRecords(GongkaiProperties properties, ActivityRecords activities, Organisations organisations,
			Activities checks, OrganisationEditing organisationChecks, AuditLog audit, Clock clock) {
		this.properties = properties;
		this.activities = activities;
		this.organisations = organisations;
		this.checks = checks;
		this.organisationChecks = organisationChecks;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the agency has any activity or organisation yet. */
	@Transactional(readOnly = true)
	public boolean hasAny(long agencyId) {
		return !this.organisations.findByAgencyIdOrderByYearDesc(agencyId).isEmpty()
				|| this.activities.existsByAgencyId(agencyId);
	}

	/** Records an activity as the system, after the form's checks. */
	@Transactional
	public long record(long agencyId, ActivityInput input) {
		requireDemo();
		List<RuleViolationException> problems = new ArrayList<>(this.checks.problems(agencyId, input, 0));
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Activity activity = this.activities
			.save(new Activity(agencyId, this.checks.parsed(agencyId, input), "system", Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("activities.recorded", "Activity", activity.id())
			.withAgency(agencyId)
			.withActor("system")
			.withAfter(activity.auditSummary()));
		return activity.id();
	}

	/** Saves an organisation as the system, after the form's checks. */
	@Transactional
	public void organisation(long agencyId, int year, OrganisationInput input) {
		requireDemo();
		List<RuleViolationException> problems = this.organisationChecks.problems(input);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		Organisation organisation = new Organisation(agencyId, year);
		organisation.set(OrganisationEditing.parsed(input), "system", Instant.now(this.clock));
		organisation = this.organisations.saveAndFlush(organisation);
		this.audit.record(AuditRecord.of("activities.organisation-saved", "Organisation", organisation.id())
			.withAgency(agencyId)
			.withActor("system")
			.withAfter(organisation.auditSummary()));
	}

	private void requireDemo() {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo activity records outside demo mode");
		}
	}

}
