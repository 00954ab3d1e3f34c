/**
 * The publication item as stored: the entity with its reviews, privacy decisions and
 * attachments, its published versions, and their repositories. Internal to the module:
 * the services in {@code org.gongkai.publication} change items only through the entity's
 * methods and give other modules records.
 */
package org.gongkai.publication.item;
