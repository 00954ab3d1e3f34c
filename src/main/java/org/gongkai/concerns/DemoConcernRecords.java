package org.gongkai.concerns;

import java.time.Instant;

import org.gongkai.platform.GongkaiProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo county's concerns in demo mode only, with the moments they would have
 * had, through the same checks and audit entries as the forms (by {@code demo}); outside
 * demo mode every command is refused.
 */
@Service
public class DemoConcernRecords {

	private final GongkaiProperties properties;

	private final Concerns concerns;

	private final ConcernRows rows;

	DemoConcernRecords(GongkaiProperties properties, Concerns concerns, ConcernRows rows) {
		this.properties = properties;
		this.concerns = concerns;
		this.rows = rows;
	}

	/** Whether the agency has any concern yet. */
	@Transactional(readOnly = true)
	public boolean hasAny(long agencyId) {
		return !this.rows.findByAgencyIdOrderByAroseAtDesc(agencyId).isEmpty();
	}

	/** Registers a concern. @return its id */
	@Transactional
	public long register(long agencyId, ConcernInput input) {
		requireDemo();
		return this.concerns.registerAs(agencyId, input, "demo");
	}

	/**
	 * The concern's response is the published item {@code publicationId}, published at
	 * {@code at}.
	 */
	@Transactional
	public void answeredBy(long concernId, long publicationId, Instant at) {
		requireDemo();
		this.concerns.answerByPublication(concernId, publicationId, at);
	}

	private void requireDemo() {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo concerns outside demo mode");
		}
	}

}
