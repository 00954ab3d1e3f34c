package org.gongkai.submission;

/**
 * The answer to a submission: the first one's, also when this was a repeat.
 *
 * @param reference what was filed (see {@link Filed#reference()})
 * @param secret the once-only secret, or {@code null}; a repeat gets it back only because
 * it presents the key the secret was sealed with
 * @param receiptToken the receipt page's token (URL-safe), or {@code null} without a
 * receipt
 * @param receiptCookie the value of the cookie that opens the receipt's secret, or
 * {@code null}
 * @param repeated whether this answers a repeat of an earlier submission
 */
public record Submitted(String reference, String secret, String receiptToken, String receiptCookie, boolean repeated) {

	@Override
	public String toString() {
		return "Submitted[" + this.reference + (this.repeated ? ", repeated]" : "]");
	}

}
