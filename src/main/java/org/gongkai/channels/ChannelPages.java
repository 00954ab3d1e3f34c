package org.gongkai.channels;

import java.util.Optional;
import java.util.Set;

import org.gongkai.platform.PageTag;
import org.gongkai.platform.PublicFootprint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the channels' changes show on cached public pages: a place's change shows in the
 * agency's guide (cached under {@code PageTag.agency}); the boards' public pages are
 * rendered per request, and postings, accounts and syndications show on no cached page.
 */
@Configuration(proxyBeanMethods = false)
class ChannelPages {

	@Bean
	PublicFootprint channelsFootprint() {
		return (action, objectType, objectId, agencyId) -> {
			if (!action.startsWith("channels.")) {
				return Optional.empty();
			}
			if (action.startsWith("channels.place-") && agencyId != null) {
				return Optional.of(Set.of(PageTag.agency(agencyId)));
			}
			return Optional.of(Set.of());
		};
	}

}
