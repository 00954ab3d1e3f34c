package org.gongkai.channels;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo county's channels, with their dates, recorded by {@code system} and audited
 * like any other; refuses outside demo mode.
 */
@Service
public class DemoChannelRecords {

	private static final String SYSTEM = "system";

	private final GongkaiProperties properties;

	private final ChannelPlaces places;

	private final NewMedia media;

	private final Places placeRows;

	private final PublicationQueries publications;

	DemoChannelRecords(GongkaiProperties properties, ChannelPlaces places, NewMedia media, Places placeRows,
			PublicationQueries publications) {
		this.properties = properties;
		this.places = places;
		this.media = media;
		this.placeRows = placeRows;
		this.publications = publications;
	}

	/** Whether the agency has any place yet (the demo fills only agencies without). */
	@Transactional(readOnly = true)
	public boolean hasAny(long agencyId) {
		return !this.placeRows.findByAgencyIdOrderByKindAscIdAsc(agencyId).isEmpty();
	}

	/** A place registered on {@code createdOn}. @return its id */
	@Transactional
	public long place(long agencyId, PlaceInput input, LocalDate createdOn) {
		requireDemo();
		long id = this.places.createAs(agencyId, input, SYSTEM);
		this.placeRows.findById(id).orElseThrow().backdate(createdOn);
		return id;
	}

	/** A posting on a board, with one generated photo when {@code photo} is set. */
	@Transactional
	public long posting(long boardId, PostingInput input, boolean photo) {
		requireDemo();
		List<PhotoUpload> photos = photo
				? List.of(new PhotoUpload(new ByteArrayInputStream(photo(input.title())), "board.png")) : List.of();
		return this.places.postAs(this.places.load(boardId), input, photos, SYSTEM);
	}

	/** A new-media account. @return its id */
	@Transactional
	public long account(long agencyId, AccountInput input) {
		requireDemo();
		return this.media.createAs(agencyId, input, SYSTEM);
	}

	/** Items syndicated to an account on {@code on}. */
	@Transactional
	public void syndicate(long accountId, List<Long> publicationIds, LocalDate on) {
		requireDemo();
		this.media.syndicateAs(this.media.load(accountId), publicationIds, on, SYSTEM);
	}

	/** The agency's latest published items, newest first. */
	@Transactional(readOnly = true)
	public List<PublicationSummary> latestPublished(long agencyId, int count) {
		return this.publications.publicList(agencyId, null, 0, count).getContent();
	}

	/** A small PNG standing for the photo of a board (a plain board with a header). */
	private static byte[] photo(String title) {
		BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xE8E2D0));
		g.fillRect(0, 0, 480, 320);
		g.setColor(new Color(0xB22222));
		g.fillRect(0, 0, 480, 48);
		g.setColor(Color.WHITE);
		g.fillRect(40, 80, 180, 200);
		g.fillRect(260, 80, 180, 200);
		g.setColor(new Color(0x999999));
		for (int y = 100; y < 270; y += 16) {
			g.drawLine(56, y, 204, y + (title.length() % 3));
			g.drawLine(276, y, 424, y);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void requireDemo() {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo channels outside demo mode");
		}
	}

}
