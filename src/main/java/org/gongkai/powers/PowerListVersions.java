package org.gongkai.powers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PowerListVersions extends JpaRepository<PowerListVersion, Long> {

	/** The working copy (no number yet), if any. */
	Optional<PowerListVersion> findByAgencyIdAndNumberIsNull(long agencyId);

	/** The published versions, newest first. */
	List<PowerListVersion> findByAgencyIdAndNumberIsNotNullOrderByNumberDesc(long agencyId);

	Optional<PowerListVersion> findByAgencyIdAndNumber(long agencyId, int number);

	/** The newest published version below {@code number}, if any. */
	Optional<PowerListVersion> findFirstByAgencyIdAndNumberLessThanOrderByNumberDesc(long agencyId, int number);

	/** The current version (the newest published), if any. */
	Optional<PowerListVersion> findFirstByAgencyIdAndNumberIsNotNullOrderByNumberDesc(long agencyId);

	long countByAgencyIdInAndStatus(Collection<Long> agencyIds, String status);

}
