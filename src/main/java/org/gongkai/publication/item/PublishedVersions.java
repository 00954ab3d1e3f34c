package org.gongkai.publication.item;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedVersions extends JpaRepository<PublishedVersion, Long> {

	List<PublishedVersion> findByItemIdOrderByEditionDesc(long itemId);

	Optional<PublishedVersion> findByItemIdAndEdition(long itemId, int edition);

}
