package org.gongkai.portal.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.PageTag;
import org.gongkai.platform.web.PageTags;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationSummary;
import org.gongkai.rendering.FeedWriter;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Machine-readable views of the disclosure column: an Atom 1.0 and an RSS 2.0 feed per
 * column, and the sitemap of every public page.
 */
@Controller
class FeedController {

	static final int FEED_SIZE = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final PublicationQueries publications;

	private final Clock clock;

	FeedController(AgencyManagement agencies, CatalogManagement catalog, PublicationQueries publications, Clock clock) {
		this.agencies = agencies;
		this.catalog = catalog;
		this.publications = publications;
		this.clock = clock;
	}

	@GetMapping("/agencies/{creditCode}/columns/{columnId}/feed.atom")
	ResponseEntity<byte[]> atom(@PathVariable String creditCode, @PathVariable String columnId) {
		return ResponseEntity.ok().contentType(ATOM).body(FeedWriter.atom(feed(creditCode, columnId)));
	}

	@GetMapping("/agencies/{creditCode}/columns/{columnId}/feed.rss")
	ResponseEntity<byte[]> rss(@PathVariable String creditCode, @PathVariable String columnId) {
		return ResponseEntity.ok().contentType(RSS).body(FeedWriter.rss(feed(creditCode, columnId)));
	}

	/** The column's newest items, each dated at midnight of its publication day. */
	private FeedWriter.Feed feed(String creditCode, String columnId) {
		AgencyDetails agency = DisclosureController.agency(this.agencies, creditCode);
		ColumnNode column = DisclosureController.column(this.catalog, agency, columnId);
		String code = agency.summary().creditCode();
		String page = url("/agencies/" + code + "/columns/" + column.id());
		List<FeedWriter.Entry> entries = items(agency, column).stream()
			.map((item) -> new FeedWriter.Entry(item.title(), itemUrl(code, item), midnight(item.publishedOn()), null))
			.toList();
		return new FeedWriter.Feed(agency.summary().name() + " - " + column.name(), page, page + "/feed.atom",
				agency.summary().name(), OffsetDateTime.now(this.clock), entries);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() throws XMLStreamException {
		PageTags.add(PageTag.agencies(), PageTag.sitemap());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = writer(out);
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		location(xml, url("/"), null);
		for (AgencySummary agency : this.agencies.all()) {
			String base = "/agencies/" + agency.creditCode();
			location(xml, url(base), null);
			location(xml, url(base + "/guide"), null);
			location(xml, url(base + "/news"), null);
			location(xml, url(base + "/answered-requests"), null);
			// the interaction column (互动交流) of the mailbox module
			location(xml, url(base + "/mailbox"), null);
			location(xml, url(base + "/consultations"), null);
			location(xml, url(base + "/surveys"), null);
			// the annual reports of the annualreport module
			location(xml, url(base + "/annual-reports"), null);
			for (ColumnNode column : this.catalog.publicTree(agency.id())) {
				if (!"guide".equals(column.code())) {
					location(xml, url(base + "/columns/" + column.id()), null);
				}
			}
			for (int page = 0;; page++) {
				Page<PublicationSummary> items = this.publications.publicList(agency.id(), null, page, 100);
				for (PublicationSummary item : items) {
					location(xml, itemUrl(agency.creditCode(), item), item.publishedOn());
				}
				if (!items.hasNext()) {
					break;
				}
			}
		}
		xml.writeEndElement();
		return finish(xml, out, XML);
	}

	private List<PublicationSummary> items(AgencyDetails agency, ColumnNode column) {
		List<PublicationSummary> items = this.publications.publicList(agency.summary().id(), column.id(), 0, FEED_SIZE)
			.getContent();
		PageTags.add(PageTag.agency(agency.summary().id()), PageTag.column(column.id()));
		PageTags.add(items.stream().map((p) -> PageTag.item(p.id())).toList());
		return items;
	}

	private static void location(XMLStreamWriter xml, String loc, LocalDate lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", loc);
		if (lastModified != null) {
			element(xml, "lastmod", lastModified.toString());
		}
		xml.writeEndElement();
	}

	/** The start of {@code date} in the platform's time zone (the clock's). */
	private OffsetDateTime midnight(LocalDate date) {
		return date.atStartOfDay(this.clock.getZone()).toOffsetDateTime();
	}

	private static String itemUrl(String creditCode, PublicationSummary item) {
		return url("/agencies/" + creditCode + "/publications/" + item.id());
	}

	private static String url(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	private static XMLStreamWriter writer(ByteArrayOutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		return xml;
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters((text != null) ? text : "");
		xml.writeEndElement();
	}

	private static ResponseEntity<byte[]> finish(XMLStreamWriter xml, ByteArrayOutputStream out, MediaType type)
			throws XMLStreamException {
		xml.writeEndDocument();
		xml.flush();
		xml.close();
		return ResponseEntity.ok().contentType(type).body(out.toByteArray());
	}

}
