package org.gongkai.channels;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostingPhotos extends JpaRepository<PostingPhoto, Long> {

	List<PostingPhoto> findByPostingIdInOrderByIdAsc(Collection<Long> postingIds);

}
