package org.gongkai.inspection;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationTasks extends JpaRepository<RectificationTask, Long> {

	List<RectificationTask> findByAgencyIdOrderByIdDesc(long agencyId);

	List<RectificationTask> findByAgencyIdInAndStateOrderByDueOnAscIdAsc(Collection<Long> agencyIds, String state);

}
