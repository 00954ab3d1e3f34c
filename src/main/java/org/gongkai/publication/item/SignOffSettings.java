package org.gongkai.publication.item;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignOffSettings extends JpaRepository<SignOffSetting, Long> {

	boolean existsByAgencyIdAndRequiredTrue(long agencyId);

	List<SignOffSetting> findByAgencyIdInAndRequiredTrue(Collection<Long> agencyIds);

}
