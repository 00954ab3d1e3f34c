package org.gongkai.services;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import org.gongkai.platform.GongkaiProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo county's service guides in demo mode only, through the same checks and
 * audit entries as the forms (by {@code system}); outside demo mode every command is
 * refused.
 */
@Service
public class DemoServiceRecords {

	private final GongkaiProperties properties;

	private final ServiceGuides guides;

	private final ServicePoints points;

	private final ServiceItemRows items;

	DemoServiceRecords(GongkaiProperties properties, ServiceGuides guides, ServicePoints points,
			ServiceItemRows items) {
		this.properties = properties;
		this.guides = guides;
		this.points = points;
		this.items = items;
	}

	/** Whether the agency has any service item yet. */
	@Transactional(readOnly = true)
	public boolean hasAny(long agencyId) {
		return !this.items.findByAgencyIdOrderByIdAsc(agencyId).isEmpty();
	}

	/**
	 * An item with its forms (file name to bytes, checked like an upload), published on
	 * {@code publishedOn}. @return its id
	 */
	@Transactional
	public long publishItem(long agencyId, ServiceItemInput input, Map<String, byte[]> forms, LocalDate publishedOn) {
		requireDemo();
		long id = this.guides.createAs(agencyId, input, "system");
		ServiceItem item = this.guides.find(id);
		forms.forEach((name, bytes) -> this.guides.addFormAs(item, new ByteArrayInputStream(bytes), name, "system"));
		this.guides.publishAs(item, publishedOn, "system");
		return id;
	}

	/** A service point of the agency. @return its id */
	@Transactional
	public long addPoint(long agencyId, ServicePointInput input) {
		requireDemo();
		return this.points.createAs(agencyId, input, "system");
	}

	private void requireDemo() {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo service records outside demo mode");
		}
	}

}
