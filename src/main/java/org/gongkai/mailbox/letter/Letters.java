package org.gongkai.mailbox.letter;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.gongkai.mailbox.ReplyVisibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Letters extends JpaRepository<Letter, Long> {

	Optional<Letter> findByTrackingNo(String trackingNo);

	List<Letter> findByAgencyIdInOrReceivingAgencyIdInOrderBySubmittedAtDesc(Collection<Long> holding,
			Collection<Long> receiving);

	List<Letter> findByAgencyIdIn(Collection<Long> agencyIds);

	List<Letter> findByAgencyId(long agencyId);

	List<Letter> findByReceivingAgencyIdAndReceivedOnBetween(long agencyId, LocalDate from, LocalDate to);

	Page<Letter> findByAgencyIdAndStatusAndReplyVisibilityOrderByRepliedOnDescIdDesc(long agencyId, LetterStatus status,
			ReplyVisibility visibility, Pageable page);

	List<Letter> findByStatusIn(Collection<LetterStatus> statuses);

}
