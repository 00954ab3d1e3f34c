package org.gongkai.audit;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditEntries extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditChainHead h where h.id = 1")
	Optional<AuditChainHead> lockHead();

	@Query("select h from AuditChainHead h where h.id = 1")
	Optional<AuditChainHead> head();

	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> distinctActions();

	@Query("select distinct e.objectType from AuditEntry e order by e.objectType")
	List<String> distinctObjectTypes();

	@Query("select e from AuditEntry e where e.seq > ?1 order by e.seq")
	List<AuditEntry> after(long seq, Pageable page);

}
