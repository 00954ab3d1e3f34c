package org.gongkai.activities;

import java.util.Optional;
import java.util.Set;

import org.gongkai.platform.PageTag;
import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this module's changes show on the cached public pages: a change of an organisation
 * shows in the agency's guide (cached under {@code PageTag.agency}); the activities show
 * on no public page.
 */
@Configuration(proxyBeanMethods = false)
class ActivitiesPages {

	@Bean
	PublicFootprint activitiesFootprint() {
		return (action, objectType, objectId, agencyId) -> {
			if (action.startsWith("activities.organisation")) {
				return Optional.of((agencyId != null) ? Set.of(PageTag.agency(agencyId)) : Set.of(PageTag.ALL));
			}
			return action.startsWith("activities.") ? Optional.of(Set.of()) : Optional.empty();
		};
	}

}
