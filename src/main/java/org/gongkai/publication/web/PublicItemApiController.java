package org.gongkai.publication.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.Theme;
import org.gongkai.publication.Validity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A published item as data, for the public: what its page shows, with the addresses of
 * the page and of its attachments. Anything not published (a draft, an item in review,
 * withdrawn) is not found, as on the portal.
 */
@RestController
class PublicItemApiController {

	private final PublicationQueries publications;

	PublicItemApiController(PublicationQueries publications) {
		this.publications = publications;
	}

	@Operation(summary = "A published item (public, no login)", description = """
			The item's metadata (索引号 indexNumber, title, summary, 发布机构 agency and its creditCode, \
			columnId, 成文日期 madeOn, 发布日期 publishedOn (dates in Asia/Shanghai), 文号 \
			documentNumber, genre, validity, theme), its body as sanitised HTML (bodyHtml) and as plain \
			text (bodyText), the address of its page (url) and its attachments [{name, size (bytes), \
			url}]. 404 unless the item is published: drafts, items in review or scheduled, and \
			withdrawn items are not found.""")
	@ApiResponse(responseCode = "200", description = "The published item")
	@ApiResponse(responseCode = "400", description = "The id is not a number")
	@ApiResponse(responseCode = "404", description = "No published item with this id")
	@GetMapping("/api/v1/publications/{id}")
	ItemBody item(@PathVariable long id) {
		return ItemBody.of(this.publications.publicItem(id));
	}

	/**
	 * A published item as the API gives it.
	 *
	 * @param summary {@code null} when it has none
	 * @param documentNumber {@code null} when it has none
	 * @param theme {@code null} when it has none
	 * @param url the path of its public page
	 */
	record ItemBody(long id, String indexNumber, String title, String summary, String agency, String creditCode,
			long columnId, LocalDate madeOn, LocalDate publishedOn, String documentNumber, Genre genre,
			Validity validity, Theme theme, String bodyHtml, String bodyText, String url,
			List<AttachmentBody> attachments) {

		static ItemBody of(PublicationItem item) {
			String url = "/agencies/" + item.creditCode() + "/publications/" + item.id();
			List<AttachmentBody> files = item.attachments()
				.stream()
				.map((a) -> new AttachmentBody(a.fileName(), a.size(), url + "/attachments/" + a.id()))
				.toList();
			return new ItemBody(item.id(), item.indexNumber(), item.title(), item.summary(), item.agencyName(),
					item.creditCode(), item.columnId(), item.madeOn(), item.publishedOn(), item.documentNumber(),
					item.genre(), item.validity(), item.theme(), item.bodyHtml(), item.bodyText(), url, files);
		}

	}

	/**
	 * An attachment of a published item.
	 *
	 * @param size in bytes
	 * @param url the path it downloads from
	 */
	record AttachmentBody(String name, long size, String url) {
	}

}
