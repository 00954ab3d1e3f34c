/**
 * Shared infrastructure every module may use: the clock, the data directory, typed errors
 * and their mapping to HTTP, rate limits, and the upload store
 * ({@link org.gongkai.platform.Uploads}: files under the data directory addressed by
 * SHA-256, type-checked by content with Apache Tika, size-limited, text extracted from
 * PDF, DOCX and XLSX). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.gongkai.platform;
