/**
 * The personal-data scanner: finds resident ID numbers, mobile numbers, bank card
 * numbers, personal e-mail addresses and secrecy markings in text that is about to be
 * published, and masks them (docs/legal-rules.md, Personal data; Personal Information
 * Protection Law art. 25, 34). Plain Java at its core; depends on no other module but the
 * platform. The rules are plain Java in the {@code rules} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal-data scanner",
		allowedDependencies = { "platform" })
package org.gongkai.privacy;
