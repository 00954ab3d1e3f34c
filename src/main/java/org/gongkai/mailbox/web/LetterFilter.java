package org.gongkai.mailbox.web;

import java.time.LocalDate;
import java.util.Locale;

import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.letter.LetterSummary;

/**
 * The search and filters of the back office's letter list; every field may be
 * {@code null} (no filter).
 *
 * @param agencyId only letters held by this agency
 * @param text a part of the tracking number or the subject, ignoring case
 * @param from received on or after this day
 * @param to received on or before this day
 * @param channel only letters that came by this channel
 */
record LetterFilter(Long agencyId, String text, LocalDate from, LocalDate to, LetterChannel channel) {

	/** The channel's code, or {@code null} (for links that keep the filter). */
	public String channelCode() {
		return (this.channel != null) ? this.channel.code() : null;
	}

	boolean matches(LetterSummary letter) {
		if (this.agencyId != null && letter.agencyId() != this.agencyId) {
			return false;
		}
		if (this.channel != null && letter.channel() != this.channel) {
			return false;
		}
		if (this.from != null && (letter.receivedOn() == null || letter.receivedOn().isBefore(this.from))) {
			return false;
		}
		if (this.to != null && (letter.receivedOn() == null || letter.receivedOn().isAfter(this.to))) {
			return false;
		}
		String wanted = (this.text != null) ? this.text.strip().toLowerCase(Locale.ROOT) : "";
		return wanted.isEmpty() || contains(letter.trackingNo(), wanted) || contains(letter.subject(), wanted);
	}

	private static boolean contains(String value, String wanted) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
	}

}
