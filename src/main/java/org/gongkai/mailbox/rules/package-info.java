/**
 * The interaction rules as plain Java, without Spring or JPA (docs/legal-rules.md,
 * Interaction): when a reply is late or a letter open too long, the one extension, the
 * rates of the reply figures, the word list that flags abusive texts, and tracking
 * numbers and query codes. Due dates themselves come from the working-day calendar.
 */
package org.gongkai.mailbox.rules;
