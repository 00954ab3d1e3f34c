package org.gongkai.publication.item;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.gongkai.platform.NotFoundException;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Publications extends JpaRepository<Publication, Long>, JpaSpecificationExecutor<Publication> {

	/**
	 * The item in any state.
	 * @throws NotFoundException if there is none
	 */
	default Publication load(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("Publication " + id));
	}

	/**
	 * The item, if it is published.
	 * @throws NotFoundException unless it is published
	 */
	default Publication loadPublished(long id) {
		return findById(id).filter((p) -> p.status() == PublicationStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Publication " + id));
	}

	List<Publication> findTop200ByAgencyIdInOrderByIdDesc(Collection<Long> agencyIds);

	long countByAgencyIdInAndStatus(Collection<Long> agencyIds, PublicationStatus status);

	Page<Publication> findByAgencyIdAndStatusOrderByPublishedOnDescIdDesc(long agencyId, PublicationStatus status,
			Pageable page);

	Page<Publication> findByAgencyIdAndColumnIdAndStatusOrderByPublishedOnDescIdDesc(long agencyId, long columnId,
			PublicationStatus status, Pageable page);

	Page<Publication> findByAgencyIdAndStatusAndGenreInOrderByValidityDescPublishedOnDescIdDesc(long agencyId,
			PublicationStatus status, Collection<Genre> genres, Pageable page);

	List<Publication> findTop10ByStatusOrderByPublishedOnDescIdDesc(PublicationStatus status);

	List<Publication> findByStatusAndIdGreaterThanOrderByIdAsc(PublicationStatus status, long afterId, Pageable page);

	Optional<Publication> findByIndexNumber(String indexNumber);

	/**
	 * Publication id and text of the attachments with text of these items, in attachment
	 * order.
	 */
	@Query("select p.id, a.text from Publication p join p.attachments a where p.id in :ids and p.status = :status"
			+ " and a.text is not null order by p.id, a.id")
	List<Object[]> attachmentTexts(Collection<Long> ids, PublicationStatus status);

	/** The item, locked until the transaction ends (one revision at a time). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Publication p where p.id = :id")
	Optional<Publication> lockById(long id);

	Optional<Publication> findFirstByRevisionOfAndStatusIn(long revisionOf, Collection<PublicationStatus> statuses);

	List<Publication> findByInterpretsIdAndStatusInOrderByIdAsc(long interpretsId,
			Collection<PublicationStatus> statuses);

	boolean existsByInterpretsIdAndStatus(long interpretsId, PublicationStatus status);

	List<Publication> findByStatusAndScheduledAtLessThanEqualOrderByScheduledAtAscIdAsc(PublicationStatus status,
			Instant at);

	List<Publication> findByAgencyIdInAndStatusInAndRevisionOfIsNull(Collection<Long> agencyIds,
			Collection<PublicationStatus> statuses);

	List<Publication> findByAgencyIdInAndStatusAndInterpretationMissingTrueOrderByIdDesc(Collection<Long> agencyIds,
			PublicationStatus status);

}
