package org.gongkai.request.fees;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeeNotices extends JpaRepository<FeeNotice, Long> {

	Optional<FeeNotice> findByCaseId(long caseId);

	List<FeeNotice> findByStatus(FeeStatus status);

}
