/**
 * Proactive disclosure (主动公开, Regulations arts. 19–26): publications drafted by a clerk,
 * reviewed for content and for confidentiality (art. 17) with the privacy scanner's
 * findings masked or justified, published with an index number, withdrawn by a leader.
 * Bodies are rich text: what a clerk types is stored as HTML sanitised with the OWASP
 * Java HTML Sanitizer (paragraphs, headings h2 to h4, emphasis, lists, simple tables,
 * http, https and mailto links; text without tags becomes escaped paragraphs); bodies
 * stored before that are plain text and render as escaped paragraphs as before. The
 * scanner reads the body as a reader sees it and masks in the stored HTML. Attachments
 * (PDF, DOCX, XLSX, PNG, JPEG by content, size- and count-limited) live in the platform's
 * upload store; the text of PDF, DOCX and XLSX is scanned too, and a finding there blocks
 * publication until a confidentiality reviewer justifies it or a clerk removes the file:
 * files are never masked in place. Attachments are downloadable by the public only while
 * the item is published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publications", allowedDependencies = { "account",
		"agency", "audit", "calendar", "calendar :: rules", "catalog", "platform", "platform :: web", "privacy" })
package org.gongkai.publication;
