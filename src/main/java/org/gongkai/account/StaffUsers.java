package org.gongkai.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface StaffUsers extends JpaRepository<StaffUser, Long>, JpaSpecificationExecutor<StaffUser> {

	Optional<StaffUser> findByUsername(String username);

	boolean existsByUsername(String username);

}
