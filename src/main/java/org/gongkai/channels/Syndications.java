package org.gongkai.channels;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Syndications extends JpaRepository<Syndication, Long> {

	List<Syndication> findByAccountIdOrderBySyndicatedOnDescIdDesc(long accountId);

	List<Syndication> findByAccountIdIn(Collection<Long> accountIds);

	boolean existsByAccountIdAndPublicationId(long accountId, long publicationId);

	long countByAccountIdInAndSyndicatedOnBetween(Collection<Long> accountIds, LocalDate from, LocalDate to);

}
