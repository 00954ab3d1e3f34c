/**
 * The personal-data scanner: finds resident ID numbers, mobile numbers, bank card
 * numbers, personal e-mail addresses, home addresses, names in mailbox replies and
 * secrecy markings in text that is about to be published, and masks them
 * (docs/legal-rules.md, Personal data; Personal Information Protection Law art. 25, 34).
 * Plain Java at its core; depends on the platform, and on the agencies only for their
 * office addresses, which are not home addresses. The rules are plain Java in the
 * {@code rules} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal-data scanner",
		allowedDependencies = { "agency", "platform" })
package org.gongkai.privacy;
