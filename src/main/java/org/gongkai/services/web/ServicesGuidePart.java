package org.gongkai.services.web;

import java.util.List;
import java.util.Optional;

import org.gongkai.platform.web.GuidePart;
import org.gongkai.platform.web.GuidePartSource;
import org.gongkai.services.ServicePointView;
import org.gongkai.services.ServicePoints;

import org.springframework.stereotype.Component;

/**
 * The public guide's part on where to get things done: the agency's service points
 * (为民服务中心, 便民服务站) with address, hours and phone, and a link to the service pages. A
 * public reading; nothing when the agency has no point.
 */
@Component
class ServicesGuidePart implements GuidePartSource {

	/** After the guide's own sections, before other modules' later parts. */
	static final int ORDER = 20;

	private final ServicePoints points;

	ServicesGuidePart(ServicePoints points) {
		this.points = points;
	}

	@Override
	public Optional<GuidePart> guidePartOf(long agencyId) {
		List<ServicePointView> found = this.points.publicPointsOf(agencyId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new GuidePart(ORDER, "services/guide-part", found));
	}

}
