package org.gongkai.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
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

	// title and summary are searched as character bigrams only, for ranking: a term in
	// the title or the summary weighs (PublicationSearch); smartcn's words, whose
	// segmentation of a query and of a text can differ, no longer rank
	@FullTextField(name = "titleCharacters", analyzer = ChineseAnalysis.CHARACTERS,
			searchAnalyzer = ChineseAnalysis.CHARACTER_QUERY)
	private String title;

	@FullTextField(name = "summaryCharacters", analyzer = ChineseAnalysis.CHARACTERS,
			searchAnalyzer = ChineseAnalysis.CHARACTER_QUERY)
	private String summary;

	// found through textCharacters only
	private String body;

	private String documentNumber;

	/** The text extracted from the item's attachments, or {@code null}. */
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

	/**
	 * What a term must be found in: title, summary, body, document number and attachment
	 * text, each a value of its own (no bigram spans two of them). One field instead of
	 * five: each term of a query is one phrase query, not five.
	 */
	@FullTextField(name = "textCharacters", analyzer = ChineseAnalysis.CHARACTERS,
			searchAnalyzer = ChineseAnalysis.CHARACTER_QUERY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "documentNumber")),
			@ObjectPath(@PropertyValue(propertyName = "attachmentText")) })
	List<String> getTexts() {
		List<String> texts = new ArrayList<>(5);
		for (String text : new String[] { this.title, this.summary, this.body, this.documentNumber,
				this.attachmentText }) {
			if (text != null && !text.isEmpty()) {
				texts.add(text);
			}
		}
		return texts;
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
