package org.gongkai.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogColumns extends JpaRepository<CatalogColumn, Long> {

	List<CatalogColumn> findByAgencyId(long agencyId);

	boolean existsByAgencyId(long agencyId);

}
