package org.gongkai.search;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongkai.publication.Genre;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A published item as the search index holds it: plain text (HTML tags stripped) and the
 * metadata the public filters on. Its id is the publication's id.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "publication")
class SearchDocument {

	@Id
	@DocumentId
	@GenericField(name = "sortId", sortable = Sortable.YES, searchable = Searchable.NO)
	@Column(name = "publication_id")
	private Long id;

	@GenericField
	private long agencyId;

	private String agencyName;

	@KeywordField(normalizer = ChineseAnalysis.KEYWORD)
	private String creditCode;

	@GenericField
	private long columnId;

	private String columnName;

	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	@FullTextField(name = "titleCharacters", analyzer = ChineseAnalysis.CHARACTERS,
			searchAnalyzer = ChineseAnalysis.CHARACTER_QUERY)
	private String title;

	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	@FullTextField(name = "summaryCharacters", analyzer = ChineseAnalysis.CHARACTERS,
			searchAnalyzer = ChineseAnalysis.CHARACTER_QUERY)
	private String summary;

	// long: found through its characters only (smartcn on bodies was most of the cost of
	// indexing; the words of title and summary are enough for ranking)
	@FullTextField(name = "bodyCharacters", analyzer = ChineseAnalysis.CHARACTERS,
			searchAnalyzer = ChineseAnalysis.CHARACTER_QUERY)
	private String body;

	@FullTextField(name = "documentNumberCharacters", analyzer = ChineseAnalysis.CHARACTERS,
			searchAnalyzer = ChineseAnalysis.CHARACTER_QUERY)
	private String documentNumber;

	/** The text extracted from the item's attachments, or {@code null}. */
	@FullTextField(name = "attachmentTextCharacters", analyzer = ChineseAnalysis.CHARACTERS,
			searchAnalyzer = ChineseAnalysis.CHARACTER_QUERY)
	private String attachmentText;

	@KeywordField(normalizer = ChineseAnalysis.KEYWORD)
	private String indexNumber;

	@KeywordField
	@Enumerated(EnumType.STRING)
	private Genre genre;

	@GenericField(sortable = Sortable.YES)
	private LocalDate publishedOn;

	@GenericField(name = "year")
	@Column(name = "published_year")
	private int publishedYear;

	protected SearchDocument() {
	}

	SearchDocument(long id) {
		this.id = id;
	}

	void write(long agencyId, String agencyName, String creditCode, long columnId, String columnName, String title,
			String summary, String body, String documentNumber, String attachmentText, String indexNumber, Genre genre,
			LocalDate publishedOn) {
		this.agencyId = agencyId;
		this.agencyName = agencyName;
		this.creditCode = creditCode;
		this.columnId = columnId;
		this.columnName = columnName;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.documentNumber = documentNumber;
		this.attachmentText = attachmentText;
		this.indexNumber = indexNumber;
		this.genre = genre;
		this.publishedOn = publishedOn;
		this.publishedYear = publishedOn.getYear();
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	String agencyName() {
		return this.agencyName;
	}

	String creditCode() {
		return this.creditCode;
	}

	long columnId() {
		return this.columnId;
	}

	String columnName() {
		return this.columnName;
	}

	String title() {
		return this.title;
	}

	String summary() {
		return this.summary;
	}

	String body() {
		return this.body;
	}

	String documentNumber() {
		return this.documentNumber;
	}

	String attachmentText() {
		return this.attachmentText;
	}

	String indexNumber() {
		return this.indexNumber;
	}

	Genre genre() {
		return this.genre;
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

}
