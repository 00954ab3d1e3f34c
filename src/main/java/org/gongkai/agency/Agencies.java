package org.gongkai.agency;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Agencies extends JpaRepository<Agency, Long>, JpaSpecificationExecutor<Agency> {

	Optional<Agency> findByCreditCode(String creditCode);

	boolean existsByCreditCode(String creditCode);

	long countByParentId(Long parentId);

}
