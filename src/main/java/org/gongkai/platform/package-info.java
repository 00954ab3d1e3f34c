/**
 * The small shared kernel every module may use, and nothing more: the clock and the time
 * zone ({@link org.gongkai.platform.TimeConfiguration},
 * {@link org.gongkai.platform.GongkaiProperties}), the data directory and durable H2
 * commits, typed errors (their mapping to HTTP is in {@code platform.web}), the upload
 * checks ({@link org.gongkai.platform.Uploads}: files addressed by SHA-256, type-checked
 * by content with Apache Tika, size-limited, text extracted from PDF, DOCX and XLSX) and
 * the file store they go to ({@link org.gongkai.platform.ObjectStore}: the data
 * directory, or an S3-compatible bucket shared by the nodes of a cluster, in the internal
 * {@code platform.storage}), gap-free serial numbers, rate limits, text cleaning
 * ({@link org.gongkai.platform.Text}), CSV reading
 * ({@link org.gongkai.platform.CsvText}), the content generation the public page cache
 * keys on, and the jobs that retry and purge event publications. Rendering documents
 * (fonts, PDF subsets, feeds) is the {@code rendering} module's. Depends on no other
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.gongkai.platform;
