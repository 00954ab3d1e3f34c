/**
 * Web infrastructure every module's controllers use: JSON errors, error pages, form
 * errors, and the refusal of malformed requests (undecodable parameters, paths and upload
 * file names) with a 4xx before any controller sees them.
 * <p>
 * The public page cache ({@code PublicPageCache}) stays here rather than in
 * {@code portal}: it is a servlet filter in front of Spring Security for the pages of
 * several modules (the portal's home, agency, guide, column and feed pages, and the
 * publication module's item pages), and it forgets pages through
 * {@link org.gongkai.platform.PublicPages}, which the audit log calls for every change.
 * In {@code portal} it would either make {@code audit} depend on {@code portal} (a cycle)
 * or split the cache from what invalidates it; here it depends on nothing but the
 * platform.
 */
@org.springframework.modulith.NamedInterface("web")
package org.gongkai.platform.web;
