package org.gongkai.search;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.publication.PublicationAttachments;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationPublished;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationWithdrawn;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search documents in step with what is public. Publication events arrive
 * inside the publishing (or withdrawing) transaction, so a document is written or deleted
 * together with the item's state and reaches the Lucene index when that transaction
 * commits (synchronously: {@code read-sync}), or, on OpenSearch, shortly after it through
 * the outbox. At start-up an empty index table is filled from the published items, and an
 * embedded index that was lost is rebuilt; a reindex rebuilds table and index after rows
 * were written by SQL.
 */
@Service
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final int BATCH = 500;

	/** The characters of body and of attachment text kept (the columns' size). */
	private static final int MAX_TEXT = 100_000;

	private final SearchDocuments documents;

	private final PublicationQueries publications;

	private final PublicationAttachments attachments;

	private final CatalogManagement catalog;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate transactions;

	private final SearchProperties properties;

	private final Clock clock;

	SearchIndex(SearchDocuments documents, PublicationQueries publications, PublicationAttachments attachments,
			CatalogManagement catalog, AuditLog audit, EntityManager entityManager,
			EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager,
			SearchProperties properties, Clock clock) {
		this.documents = documents;
		this.publications = publications;
		this.attachments = attachments;
		this.catalog = catalog;
		this.audit = audit;
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(PublicationPublished event) {
		PublicationItem item = this.publications.publicItem(event.publicationId());
		write(item, new HashMap<>());
	}

	@EventListener
	void on(PublicationWithdrawn event) {
		this.documents.findById(event.publicationId()).ifPresent(this.documents::delete);
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		if (this.properties.reindex()) {
			log.info("Reindexing the search index (gongkai.search.reindex=true)");
			ReindexResult result = rebuild();
			log.info("Search index rebuilt: {} documents ({} added, {} removed) in {} ms", result.documents(),
					result.added(), result.removed(), result.millis());
			return;
		}
		long filled = backfillIfEmpty();
		if (filled > 0) {
			log.info("Search documents filled from {} published items", filled);
		}
		// a node of a cluster never purges the index all nodes search: rebuild it with
		// the reindex API or gongkai.search.reindex=true on one node
		else if (this.properties.embedded() && indexLost()) {
			log.info("Search index empty or from an older version but documents stored: reindexing");
			ReindexResult result = rebuild();
			log.info("Search index rebuilt: {} documents in {} ms", result.documents(), result.millis());
		}
	}

	/**
	 * Whether the table holds documents while the Lucene index holds none, or none with
	 * the character fields (an index written before they existed: textCharacters, and
	 * summaryCharacters where a document has a summary).
	 */
	private boolean indexLost() {
		return Boolean.TRUE
			.equals(this.transactions.execute((status) -> this.documents.count() > 0 && (none("textCharacters")
					|| (this.documents.existsBySummaryGreaterThan("") && none("summaryCharacters")))));
	}

	private boolean none(String field) {
		return Search.session(this.entityManager)
			.search(SearchDocument.class)
			.where((f) -> f.exists().field(field))
			.fetchTotalHitCount() == 0;
	}

	/**
	 * Fills the search documents from the published items when there are none at all (a
	 * database from before search existed); afterwards every item is searchable.
	 * @return how many documents were written (0 if there were some already)
	 */
	public long backfillIfEmpty() {
		Long existing = this.transactions.execute((status) -> this.documents.count());
		if (existing == null || existing > 0) {
			return 0;
		}
		Map<Long, Map<Long, String>> columns = new HashMap<>();
		long[] written = { 0 };
		eachBatch((from, batch) -> {
			this.transactions.executeWithoutResult((status) -> batch.forEach((item) -> write(item, columns)));
			written[0] += batch.size();
		});
		return written[0];
	}

	/**
	 * Rebuilds the search documents and the Lucene index from the published items (system
	 * administrators; audited): documents are added for published items without one and
	 * dropped for items no longer public, then Hibernate Search's mass indexer rewrites
	 * the whole index from the table. Searches see a partial index while it runs.
	 * @throws ForbiddenException unless the signed-in user is a system administrator
	 */
	public ReindexResult reindex() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !me.has(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("Reindexing needs a system administrator");
		}
		return rebuild();
	}

	private ReindexResult rebuild() {
		long started = this.clock.millis();
		Map<Long, Map<Long, String>> columns = new HashMap<>();
		long[] counts = { 0, 0 };
		long last = eachBatch((from, batch) -> this.transactions.executeWithoutResult((status) -> {
			// the mass indexer below writes the whole index: no indexing per row here
			Search.session(this.entityManager).indexingPlanFilter((filter) -> filter.exclude(SearchDocument.class));
			// new documents go to the database in JDBC batches, not one by one
			this.entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
			long upTo = batch.get(batch.size() - 1).id();
			// as in write(): an item without its publication date is left out, with a
			// warning, rather than stopping the start-up (a reindex runs there)
			List<PublicationItem> dated = batch.stream().filter(SearchIndex::dated).toList();
			List<Long> ids = dated.stream().map(PublicationItem::id).toList();
			Set<Long> present = new HashSet<>(this.documents.existingIds(ids));
			counts[1] += this.documents.deleteBetweenExcept(from, upTo, ids.isEmpty() ? List.of(-1L) : ids);
			Map<Long, String> attachments = this.attachments.publicAttachmentTexts(ids);
			for (PublicationItem item : dated) {
				String attachmentText = attachments.get(item.id());
				if (!present.contains(item.id())) {
					// known to be missing: persisted without the look-up of a save
					this.entityManager.persist(document(new SearchDocument(item.id()), item, attachmentText, columns));
					counts[0]++;
				}
				else if (attachmentText != null) {
					// documents from before attachment text was indexed get it now
					this.documents.updateAttachmentText(item.id(), cut(attachmentText));
				}
			}
		}));
		counts[1] += Objects.requireNonNull(this.transactions.execute((status) -> this.documents.deleteAfter(last)));
		long added = counts[0];
		long removed = counts[1];
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(SearchDocument.class)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(200)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Reindexing interrupted", ex);
		}
		long total = Objects.requireNonNull(this.transactions.execute((status) -> this.documents.count()));
		ReindexResult result = new ReindexResult(total, added, removed, this.clock.millis() - started);
		this.transactions.executeWithoutResult(
				(status) -> this.audit.record(AuditRecord.of("search.reindexed", "SearchIndex", "publication")
					.withAfter("documents=" + result.documents() + ", added=" + result.added() + ", removed="
							+ result.removed() + ", millis=" + result.millis())));
		return result;
	}

	/**
	 * Walks the published items in id order, a batch at a time, handing each batch and
	 * the id it starts after to the action.
	 * @return the last id seen (0 if none)
	 */
	private long eachBatch(BiConsumer<Long, List<PublicationItem>> action) {
		long after = 0;
		while (true) {
			long from = after;
			List<PublicationItem> batch = this.transactions
				.execute((status) -> this.publications.publicItemsAfter(from, BATCH));
			if (batch == null || batch.isEmpty()) {
				return after;
			}
			action.accept(from, batch);
			after = batch.get(batch.size() - 1).id();
		}
	}

	/**
	 * Creates or replaces the document of a public item (in the caller's transaction).
	 */
	private void write(PublicationItem item, Map<Long, Map<Long, String>> columns) {
		if (!dated(item)) {
			return;
		}
		SearchDocument document = this.documents.findById(item.id()).orElseGet(() -> new SearchDocument(item.id()));
		String attachments = this.attachments.publicAttachmentTexts(List.of(item.id())).get(item.id());
		this.documents.save(document(document, item, attachments, columns));
	}

	/**
	 * Whether the item has its publication date: a public item always has one; one
	 * changed in the database without it (the self-inspection reports it as NO_DATE) is
	 * left out of the index, with a warning, rather than stopping the indexing of every
	 * other item.
	 */
	private static boolean dated(PublicationItem item) {
		if (item.publishedOn() == null) {
			log.warn("Published item {} has no publication date: not indexed", item.id());
			return false;
		}
		return true;
	}

	private SearchDocument document(SearchDocument document, PublicationItem item, String attachmentText,
			Map<Long, Map<Long, String>> columns) {
		Map<Long, String> names = columns.computeIfAbsent(item.agencyId(), this::columnNames);
		document.write(item.agencyId(), item.agencyName(), item.creditCode(), item.columnId(),
				names.get(item.columnId()), item.title(), item.summary(), PlainText.of(item.bodyText(), MAX_TEXT),
				item.documentNumber(), cut(attachmentText), item.indexNumber(), item.genre(), item.publishedOn());
		return document;
	}

	/** Attachment text (plain already) as the column keeps it. */
	private static String cut(String text) {
		return (text != null && text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
	}

	private Map<Long, String> columnNames(long agencyId) {
		Map<Long, String> names = new HashMap<>();
		for (ColumnNode column : this.catalog.publicTree(agencyId)) {
			names.put(column.id(), column.name());
		}
		return names;
	}

}
