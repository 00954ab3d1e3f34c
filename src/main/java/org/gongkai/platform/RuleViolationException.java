package org.gongkai.platform;

/**
 * A request broke a business rule. Carries a message key (resolved in Chinese for the
 * user) and its arguments; the exception message is English for the logs. Mapped to 400
 * unless a subclass says otherwise.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolationException(String messageKey, String logMessage, Object... arguments) {
		super(logMessage);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** The HTTP status the API answers with: 400 unless a subclass says otherwise. */
	public int status() {
		return 400;
	}

}
