/**
 * Web infrastructure every module's controllers use: JSON errors, error pages, form
 * errors, and the refusal of malformed requests (undecodable parameters, paths and upload
 * file names) with a 4xx before any controller sees them.
 */
@org.springframework.modulith.NamedInterface("web")
package org.gongkai.platform.web;
