package org.gongkai.submission;

/**
 * A receipt page's content.
 *
 * @param reference what was filed (a tracking number, an id)
 * @param secret the once-only secret while the receipt is valid and opened by the
 * submitting browser, else {@code null}
 * @param secretWithheld whether the submission had a secret that is not shown (expired,
 * or another browser)
 */
public record ReceiptView(String reference, String secret, boolean secretWithheld) {

	@Override
	public String toString() {
		return "ReceiptView[" + this.reference + "]";
	}

}
