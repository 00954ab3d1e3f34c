/**
 * Rendering the documents the application hands out: XHTML to PDF
 * ({@link org.gongkai.rendering.PdfDocuments}, for the letters of the request module and
 * the annual reports) set in the CJK fonts, subset to the characters each document uses
 * ({@link org.gongkai.rendering.CjkFonts}), and Atom and RSS feeds
 * ({@link org.gongkai.rendering.FeedWriter}, for the portal's column feeds and the
 * mailbox's reply feeds). Depends on no other module; it knows nothing of what the
 * documents say: their callers lay them out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document rendering", allowedDependencies = {})
package org.gongkai.rendering;
