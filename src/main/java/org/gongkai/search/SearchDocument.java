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

	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	private String agencyName;

	@KeywordField(normalizer = ChineseAnalysis.KEYWORD)
	private String creditCode;

	@GenericField
	private long columnId;

	private String columnName;

	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	private String title;

	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	private String summary;

	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	private String body;

	@FullTextField(analyzer = ChineseAnalysis.ANALYZER)
	private String documentNumber;

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
			String summary, String body, String documentNumber, String indexNumber, Genre genre,
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
