package org.gongkai.request.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.platform.Text;
import org.gongkai.rendering.CjkFonts;
import org.gongkai.rendering.PdfDocuments;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays a letter out as an official document after GB/T 9704-2012: A4, margins 37 mm top,
 * 35 mm bottom, 28 mm left, 26 mm right; the title centred in 2号 (22 pt) 小标宋, the
 * document number centred below it, then the addressee flush left and the body in 3号 (16
 * pt) 仿宋 with a two-character first-line indent at a fixed 28 pt line pitch (22 lines a
 * page); the issuing agency and the date at the bottom right over the seal area, kept on
 * one page with the last paragraph so the signature never stands alone (DOCX: keep with
 * next and keep lines; PDF: one block that does not break), the agency's name on one
 * line, or a long one on two broken after one of its parts, never inside a word
 * ({@link AgencyNameLines}). DOCX names the fonts Word users have (仿宋_GB2312, 方正小标宋简体);
 * the PDF embeds a subset of the installed CJK font. Every piece of text is escaped:
 * nothing in a letter is markup.
 */
@Component
public class LetterRenderer {

	/**
	 * The longest agency name kept on one line: the type area is 156 mm wide, 4
	 * characters are left free on the right, at 3号 (16 pt) that leaves 23 characters;
	 * longer names break after one of their parts.
	 */
	static final int AGENCY_ON_ONE_LINE = 23;

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	public LetterRenderer(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	public byte[] docx(LetterContent letter) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTSectPr section = doc.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			CTPageMar margins = section.addNewPgMar();
			margins.setTop(twips(37));
			margins.setBottom(twips(35));
			margins.setLeft(twips(28));
			margins.setRight(twips(26));
			margins.setHeader(twips(15));
			margins.setFooter(twips(28));
			String body = message("letters.font.body");
			String title = message("letters.font.title");
			XWPFParagraph heading = paragraph(doc, ParagraphAlignment.CENTER);
			heading.setSpacingAfter(280);
			run(heading, letter.title(), title, 22);
			run(paragraph(doc, ParagraphAlignment.CENTER), letter.documentNo(), body, 16);
			paragraph(doc, ParagraphAlignment.LEFT);
			run(paragraph(doc, ParagraphAlignment.LEFT), letter.addressee(), body, 16);
			List<String> paragraphs = letter.paragraphs();
			for (int i = 0; i < paragraphs.size(); i++) {
				XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
				p.setIndentationFirstLine(640);
				if (i == paragraphs.size() - 1) {
					// GB/T 9704 7.3.5: the last paragraph stays with the signature
					keepWithNext(p);
					p.getCTP().getPPr().addNewKeepLines();
				}
				run(p, paragraphs.get(i), body, 16);
			}
			keepWithNext(paragraph(doc, ParagraphAlignment.LEFT));
			keepWithNext(paragraph(doc, ParagraphAlignment.LEFT));
			XWPFParagraph agency = paragraph(doc, ParagraphAlignment.RIGHT);
			keepWithNext(agency);
			agency.getCTP().getPPr().addNewKeepLines();
			agency.setIndentationRight(1280);
			List<String> agencyLines = AgencyNameLines.of(LetterContent.clean(letter.agency()), AGENCY_ON_ONE_LINE);
			for (int i = 0; i < agencyLines.size(); i++) {
				XWPFRun line = run(agency, agencyLines.get(i), body, 16);
				if (i < agencyLines.size() - 1) {
					line.addBreak();
				}
			}
			XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
			keepWithNext(date);
			date.setIndentationRight(1280);
			run(date, letter.date(), body, 16);
			XWPFParagraph seal = paragraph(doc, ParagraphAlignment.RIGHT);
			seal.setIndentationRight(1920);
			run(seal, letter.seal(), body, 16);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The PDF of the letter.
	 * @throws CjkFonts.FontMissingException if no CJK font is installed
	 */
	public byte[] pdf(LetterContent letter) {
		return this.pdfs.render(xhtml(letter));
	}

	/** The XHTML the PDF is rendered from; every text escaped. */
	public static String xhtml(LetterContent letter) {
		StringBuilder html = new StringBuilder(4096);
		html.append(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">")
			.append("<head><meta charset=\"UTF-8\"/><title>")
			.append(escape(letter.title()))
			.append("</title><style>")
			.append("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }")
			.append("body { font-family: 'GongkaiBody'; font-size: 16pt; line-height: 28pt; margin: 0; }")
			.append("h1 { font-family: 'GongkaiTitle'; font-weight: normal; font-size: 22pt; line-height: 33pt;")
			.append(" text-align: center; margin: 0 0 14pt 0; }")
			.append("p { margin: 0; word-wrap: break-word; overflow-wrap: break-word; }")
			.append(".no { text-align: center; margin-bottom: 28pt; }")
			.append(".body { text-indent: 2em; text-align: justify; }")
			.append(".body { widows: 2; orphans: 2; }")
			.append(".ending { page-break-inside: avoid; }")
			.append(".close { margin-top: 21pt; margin-left: auto; margin-right: 4em; display: table; text-align: center; }")
			.append(".agency { white-space: nowrap; }")
			.append(".seal { width: 36mm; height: 36mm; margin: 0 auto -30mm auto; border: 1pt dashed #999999;")
			.append(" border-radius: 18mm; color: #999999; font-size: 10.5pt; line-height: 9mm; }")
			.append("</style></head><body>")
			.append("<h1>")
			.append(escape(letter.title()))
			.append("</h1><p class=\"no\">")
			.append(escape(letter.documentNo()))
			.append("</p><p class=\"to\">")
			.append(escape(letter.addressee()))
			.append("</p>");
		List<String> paragraphs = letter.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			if (i == paragraphs.size() - 1) {
				// GB/T 9704 7.3.5: the signature never stands alone on a page
				html.append("<div class=\"ending\">");
			}
			html.append("<p class=\"body\">").append(escape(paragraphs.get(i))).append("</p>");
		}
		if (paragraphs.isEmpty()) {
			html.append("<div class=\"ending\">");
		}
		List<String> agencyLines = AgencyNameLines.of(LetterContent.clean(letter.agency()), AGENCY_ON_ONE_LINE);
		html.append("<div class=\"close\"><div class=\"seal\">")
			.append(escape(letter.seal()))
			.append("</div><p class=\"agency\">")
			.append(String.join("<br/>", agencyLines.stream().map(LetterRenderer::escape).toList()))
			.append("</p><p>")
			.append(escape(letter.date()))
			.append("</p></div></div></body></html>");
		return html.toString();
	}

	/** XML text escaping after removing what XML 1.0 cannot carry. */
	public static String escape(String text) {
		return Text.xml(text);
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static void keepWithNext(XWPFParagraph paragraph) {
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		properties.addNewKeepNext();
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int points) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
		run.setFontSize(points);
		run.setText(LetterContent.clean(text).replace('\n', ' '));
		return run;
	}

	private static BigInteger twips(double millimetres) {
		return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.CHINA);
	}

}
