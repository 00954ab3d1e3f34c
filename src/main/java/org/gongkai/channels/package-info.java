/**
 * Channels (公开渠道, docs/legal-rules.md, Channels): the places where the public reads
 * disclosed information and applies for it (Regulations art. 24) — each agency's boards
 * (公开栏; a village's 村务公开栏), reading points (查阅点) and request desks (受理点), with address,
 * hours and keeper, shown in the agency's public guide — the posting log of each board
 * with its photos and its cadence ({@link org.gongkai.channels.rules.BoardCadence}), and
 * the inventory of the agency's new-media accounts (政务新媒体, 国办发〔2018〕123号) with their
 * keeper and review status and the published items syndicated to them
 * ({@link org.gongkai.channels.ChannelPlaces}, {@link org.gongkai.channels.NewMedia}).
 * Messages that came by these channels are registered in the mailbox, which reads the
 * accounts through its {@code ChannelAccounts} interface, implemented here, so that the
 * mailbox does not depend on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels",
		allowedDependencies = { "account", "agency", "audit", "mailbox", "platform", "platform :: web", "publication" })
package org.gongkai.channels;
