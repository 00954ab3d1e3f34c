package org.gongkai.submission;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The idempotency key of one submission: a UUID chosen by the form when it was rendered
 * (or by an API client), scoped to a kind of submission ({@code request.application},
 * {@code mailbox.letter}, …), so the same key on another form is another submission.
 *
 * @param kind the kind of submission, at most 40 characters
 * @param value the key in canonical lower-case UUID form
 */
public record SubmissionKey(String kind, String value) {

	/** The form field that carries the key. */
	public static final String FIELD = "idempotencyKey";

	/** The API header that carries the key. */
	public static final String HEADER = "Idempotency-Key";

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/**
	 * The key a form sent.
	 * @param raw the field's value as received, may be {@code null}
	 * @throws SubmissionKeyInvalid if it is missing or not a UUID
	 */
	public static SubmissionKey of(String kind, String raw) {
		return parse(kind, raw, "submission.key.invalid");
	}

	private static SubmissionKey parse(String kind, String raw, String messageKey) {
		String value = (raw != null && raw.length() <= 64) ? raw.strip().toLowerCase(Locale.ROOT) : "";
		if (!UUID.matcher(value).matches()) {
			throw new SubmissionKeyInvalid(kind, messageKey);
		}
		return new SubmissionKey(kind, value);
	}

	/**
	 * The key an API client may send: none means no idempotency.
	 * @return {@code null} when {@code raw} is {@code null}
	 * @throws SubmissionKeyInvalid if present but empty or not a UUID
	 */
	public static SubmissionKey optional(String kind, String raw) {
		return (raw != null) ? parse(kind, raw, "submission.header.invalid") : null;
	}

	/** A fresh key for a form being rendered. */
	public static String fresh() {
		return java.util.UUID.randomUUID().toString();
	}

	@Override
	public String toString() {
		// the key seals the once-only secret: never in a log
		return "SubmissionKey[" + this.kind + "]";
	}

}
