package org.gongkai.request.letters;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterTemplateVersions extends JpaRepository<LetterTemplate, Long> {

	Optional<LetterTemplate> findFirstByAgencyIdAndKeyOrderByVersionDesc(long agencyId, String key);

	long countByAgencyIdAndKey(long agencyId, String key);

}
