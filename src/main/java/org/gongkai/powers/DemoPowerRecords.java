package org.gongkai.powers;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.GongkaiProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo county's power lists in demo mode only, with the dates they would have
 * had, through the same checks and audit entries as the pages (by {@code system});
 * outside demo mode every command is refused.
 */
@Service
public class DemoPowerRecords {

	private final GongkaiProperties properties;

	private final PowerLists lists;

	DemoPowerRecords(GongkaiProperties properties, PowerLists lists) {
		this.properties = properties;
		this.lists = lists;
	}

	/** Whether the agency has a list (published or being edited) yet. */
	@Transactional(readOnly = true)
	public boolean hasAny(long agencyId) {
		return this.lists.hasAny(agencyId);
	}

	/**
	 * Publishes these powers as the agency's next version on {@code publishedOn}, with
	 * the clerk's note. @return its number
	 */
	@Transactional
	public int publish(long agencyId, List<PowerInput> powers, String remark, LocalDate publishedOn) {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo power lists outside demo mode");
		}
		PowerListVersion draft = this.lists.replaceAs(agencyId, powers, "system");
		this.lists.submitAs(draft, remark, "system");
		return this.lists.publishAs(draft, publishedOn, "system");
	}

}
