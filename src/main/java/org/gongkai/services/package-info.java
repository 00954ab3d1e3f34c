/**
 * Service guides (办事指南) and service points (docs/legal-rules.md, Service guides): an
 * agency's service items (办事事项) with the ten elements the website check (国办秘函〔2019〕19号)
 * asks of a guide, the forms offered for download (DOCX, XLSX or PDF, checked by
 * content), drafted by the agency's clerk and published or withdrawn by its reviewer,
 * every step audited; the township's 为民服务中心 and the villages' 便民服务站 (代办点) with their
 * address, hours and phone and the items handled there. The public reads the published
 * items per agency and per service point, and the guide shows the points
 * ({@code platform.web.GuidePartSource}).
 * {@link org.gongkai.services.ServiceGuides#incompleteOf} is the system reading the
 * inspection flags incomplete guides with. Which elements are missing is the plain rule
 * {@code rules.GuideElements}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service guides",
		allowedDependencies = { "account", "agency", "audit", "platform", "platform :: web" })
package org.gongkai.services;
