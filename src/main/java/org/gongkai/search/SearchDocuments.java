package org.gongkai.search;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface SearchDocuments extends CrudRepository<SearchDocument, Long> {

	@Query("select d.id from SearchDocument d where d.id in :ids")
	List<Long> existingIds(Collection<Long> ids);

	/**
	 * Drops the documents with ids above {@code after} and up to {@code upTo} that are
	 * not among {@code keep} (bulk delete: the index learns of it only from a mass
	 * indexing).
	 */
	@Modifying
	@Query("delete from SearchDocument d where d.id > :after and d.id <= :upTo and d.id not in :keep")
	int deleteBetweenExcept(long after, long upTo, Collection<Long> keep);

	/**
	 * Sets the attachment text of a document where it differs (bulk update, as above).
	 */
	@Modifying
	@Query("update SearchDocument d set d.attachmentText = :text where d.id = :id"
			+ " and (d.attachmentText is null or d.attachmentText <> :text)")
	int updateAttachmentText(long id, String text);

	/** Whether any document has a summary (a non-empty one). */
	boolean existsBySummaryGreaterThan(String empty);

	/** Drops the documents with ids above {@code after} (bulk delete, as above). */
	@Modifying
	@Query("delete from SearchDocument d where d.id > :after")
	int deleteAfter(long after);

}
