package org.gongkai.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a module's audited changes show on the public pages, as {@link PageTag}s. Every
 * state change is audited, and the audit log hands each one to {@link PublicPages}, which
 * asks the modules' footprints in turn: the first that knows the action answers. A change
 * no footprint knows touches every page ({@link PageTag#ALL}), so a module that forgets
 * to describe its changes costs cache hits, never correctness.
 */
public interface PublicFootprint {

	/**
	 * The tags of the public pages a change touches, read inside the change's transaction
	 * (so the state after the change is visible).
	 * @param action the audit action, e.g. {@code publication.withdrawn}
	 * @param objectType the kind of object changed
	 * @param objectId its identifier
	 * @param agencyId its agency, or {@code null}
	 * @return the tags (empty: nothing public changed), or empty when this module does
	 * not know the action
	 */
	Optional<Set<String>> pagesTouchedBy(String action, String objectType, String objectId, Long agencyId);

	/**
	 * A footprint for modules none of whose changes shows on a cached public page.
	 * @param prefixes the action prefixes it answers for, e.g. {@code "account."}
	 */
	static PublicFootprint nothingPublic(String... prefixes) {
		List<String> all = Arrays.asList(prefixes.clone());
		return (action, objectType, objectId, agencyId) -> all.stream().anyMatch(action::startsWith)
				? Optional.of(Set.of()) : Optional.empty();
	}

}
