/**
 * Proactive disclosure (主动公开, Regulations arts. 19–26): publications drafted by a clerk,
 * reviewed for content and for confidentiality (art. 17) with the privacy scanner's
 * findings masked or justified, published with an index number, withdrawn by a leader.
 * Bodies are plain text, escaped on output.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publications")
package org.gongkai.publication;
