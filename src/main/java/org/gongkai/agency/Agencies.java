package org.gongkai.agency;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Agencies extends JpaRepository<Agency, Long> {

	Optional<Agency> findByCreditCode(String creditCode);

	boolean existsByCreditCode(String creditCode);

	long countByParentId(Long parentId);

}
