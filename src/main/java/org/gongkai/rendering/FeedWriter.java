package org.gongkai.rendering;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 or RSS 2.0 feed with {@link XMLStreamWriter}, which escapes every
 * text, so titles from users cannot break the XML.
 */
public final class FeedWriter {

	private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX",
			Locale.ROOT);

	private FeedWriter() {
	}

	/**
	 * One entry of a feed.
	 *
	 * @param summary a plain-text summary, or {@code null}
	 */
	public record Entry(String title, String link, OffsetDateTime updated, String summary) {

	}

	/**
	 * The feed of a page.
	 *
	 * @param updated when the feed last changed (used when it has no entries)
	 */
	public record Feed(String title, String pageUrl, String selfUrl, String author, OffsetDateTime updated,
			List<Entry> entries) {

		public Feed {
			entries = List.copyOf(entries);
		}

	}

	/** The feed as Atom 1.0, UTF-8. */
	public static byte[] atom(Feed feed) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			XMLStreamWriter xml = start(out);
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			element(xml, "title", feed.title());
			element(xml, "id", feed.pageUrl());
			link(xml, "self", null, feed.selfUrl());
			link(xml, "alternate", "text/html", feed.pageUrl());
			element(xml, "updated",
					RFC_3339.format(feed.entries().isEmpty() ? feed.updated() : feed.entries().get(0).updated()));
			xml.writeStartElement("author");
			element(xml, "name", feed.author());
			xml.writeEndElement();
			for (Entry entry : feed.entries()) {
				xml.writeStartElement("entry");
				element(xml, "title", entry.title());
				link(xml, null, null, entry.link());
				element(xml, "id", entry.link());
				element(xml, "updated", RFC_3339.format(entry.updated()));
				if (entry.summary() != null) {
					element(xml, "summary", entry.summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			return finish(xml, out);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Atom feed not written", ex);
		}
	}

	/** The feed as RSS 2.0, UTF-8. */
	public static byte[] rss(Feed feed) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			XMLStreamWriter xml = start(out);
			xml.writeStartElement("rss");
			xml.writeAttribute("version", "2.0");
			xml.writeStartElement("channel");
			element(xml, "title", feed.title());
			element(xml, "link", feed.pageUrl());
			element(xml, "description", feed.title());
			element(xml, "language", "zh-CN");
			for (Entry entry : feed.entries()) {
				xml.writeStartElement("item");
				element(xml, "title", entry.title());
				element(xml, "link", entry.link());
				xml.writeStartElement("guid");
				xml.writeAttribute("isPermaLink", "true");
				xml.writeCharacters(entry.link());
				xml.writeEndElement();
				element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(entry.updated()));
				if (entry.summary() != null) {
					element(xml, "description", entry.summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			return finish(xml, out);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("RSS feed not written", ex);
		}
	}

	private static XMLStreamWriter start(ByteArrayOutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		return xml;
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		if (rel != null) {
			xml.writeAttribute("rel", rel);
		}
		if (type != null) {
			xml.writeAttribute("type", type);
		}
		xml.writeAttribute("href", href);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters((text != null) ? text : "");
		xml.writeEndElement();
	}

	private static byte[] finish(XMLStreamWriter xml, ByteArrayOutputStream out) throws XMLStreamException {
		xml.writeEndDocument();
		xml.flush();
		xml.close();
		return out.toByteArray();
	}

}
