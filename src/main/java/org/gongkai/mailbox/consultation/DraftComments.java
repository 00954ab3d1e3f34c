package org.gongkai.mailbox.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DraftComments extends JpaRepository<DraftComment, Long> {

	List<DraftComment> findByConsultationIdOrderBySubmittedAtAscIdAsc(long consultationId);

	long countByConsultationIdAndStatus(long consultationId, CommentStatus status);

}
