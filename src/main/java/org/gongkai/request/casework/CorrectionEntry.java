package org.gongkai.request.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.gongkai.request.CorrectionItem;

/**
 * A {@link CorrectionItem} as stored on its case, in {@code req_correction_item}.
 */
@Embeddable
class CorrectionEntry {

	@Column(name = "missing")
	private String missing;

	@Column(name = "suggestion")
	private String suggestion;

	protected CorrectionEntry() {
	}

	CorrectionEntry(CorrectionItem item) {
		this.missing = item.missing();
		this.suggestion = item.suggestion();
	}

	CorrectionItem item() {
		return new CorrectionItem(this.missing, this.suggestion);
	}

}
