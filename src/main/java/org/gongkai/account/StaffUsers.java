package org.gongkai.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUsers extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	boolean existsByUsername(String username);

}
