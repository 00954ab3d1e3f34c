package org.gongkai.platform.web;

import java.util.Optional;

/**
 * A module's part of an agency's public guide (see {@link GuidePart}), which the
 * {@code portal} module renders without depending on the module. A public reading: it
 * needs no signed-in user and must show only what may be public.
 */
public interface GuidePartSource {

	/** The module's part of the agency's guide, or empty when it has nothing to show. */
	Optional<GuidePart> guidePartOf(long agencyId);

}
