package org.gongkai.request;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterTemplateVersions extends JpaRepository<LetterTemplate, Long> {

	Optional<LetterTemplate> findFirstByAgencyIdAndKeyOrderByVersionDesc(long agencyId, String key);

	long countByAgencyIdAndKey(long agencyId, String key);

}
