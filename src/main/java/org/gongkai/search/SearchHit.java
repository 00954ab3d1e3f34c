package org.gongkai.search;

import java.time.LocalDate;

import org.gongkai.publication.Genre;

/**
 * One search result. {@code titleHighlight} and {@code snippet} are HTML: the item's text
 * escaped, with only {@code <em>} marks around the matched words; every other field is
 * plain text (escape it on output).
 *
 * @param id the publication id
 * @param title the title (plain text)
 * @param titleHighlight the title, escaped, with matches in {@code <em>}
 * @param snippet a passage of the body (or summary), escaped, with matches in
 * {@code <em>}
 * @param indexNumber the index number (索引号)
 * @param documentNumber the document number (文号), or {@code null}
 * @param agency the publishing agency's name
 * @param creditCode its credit code
 * @param column the catalogue column's name, or {@code null}
 * @param genre the kind of document
 * @param publishedOn the publication date (the platform's time zone)
 * @param url the path of the public page
 */
public record SearchHit(long id, String title, String titleHighlight, String snippet, String indexNumber,
		String documentNumber, String agency, String creditCode, String column, Genre genre, LocalDate publishedOn,
		String url) {

}
