/**
 * Proactive disclosure (主动公开, Regulations arts. 19–26): publications with their index
 * numbers, review and confidentiality review, interpretations and attachments. This first
 * part holds the index number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publications")
package org.gongkai.publication;
