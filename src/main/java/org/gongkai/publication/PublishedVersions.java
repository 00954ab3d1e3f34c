package org.gongkai.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedVersions extends JpaRepository<PublishedVersion, Long> {

	List<PublishedVersion> findByItemIdOrderByEditionDesc(long itemId);

	Optional<PublishedVersion> findByItemIdAndEdition(long itemId, int edition);

}
