/**
 * Rendering the documents the application hands out: the CJK fonts letters and reports
 * are set in, subset to the characters a document uses
 * ({@link org.gongkai.rendering.CjkFonts}, for the PDF letters of the request module and
 * the PDF annual reports), and Atom and RSS feeds
 * ({@link org.gongkai.rendering.FeedWriter}, for the portal's column feeds and the
 * mailbox's reply feeds). Depends on no other module; it knows nothing of what the
 * documents say.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document rendering", allowedDependencies = {})
package org.gongkai.rendering;
