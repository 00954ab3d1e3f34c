package org.gongkai.services;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.gongkai.platform.PageTag;
import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the module's changes show on cached public pages: the service pages themselves are
 * rendered per request, but the public guide of the agency and of its villages (cached
 * under {@link PageTag#agency}) shows the service points, so a point's change touches
 * those; an item's change touches no cached page.
 */
@Configuration(proxyBeanMethods = false)
class ServicesPages {

	@Bean
	PublicFootprint servicesFootprint(ServiceAccess access) {
		return (action, objectType, objectId, agencyId) -> {
			if (!action.startsWith("services.")) {
				return Optional.empty();
			}
			if (!action.startsWith("services.point.") || agencyId == null) {
				return Optional.of(Set.of());
			}
			Set<String> tags = new HashSet<>();
			tags.add(PageTag.agency(agencyId));
			access.villagesOf(agencyId).forEach((v) -> tags.add(PageTag.agency(v.id())));
			return Optional.of(tags);
		};
	}

}
