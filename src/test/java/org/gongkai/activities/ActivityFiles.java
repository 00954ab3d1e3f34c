package org.gongkai.activities;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real files for the activity forms: a photo as PNG or JPEG, a sign-in sheet as PDF. */
public final class ActivityFiles {

	private ActivityFiles() {
	}

	/** A small photo in the format ({@code png}, {@code jpg}). */
	public static byte[] photo(String format) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xB0, 0x20, 0x20));
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.WHITE);
		g.fillOval(16, 8, 32, 32);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A one-page PDF. */
	public static byte[] pdf() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
