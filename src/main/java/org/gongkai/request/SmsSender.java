package org.gongkai.request;

/**
 * The port through which the applicant's notices go out as text messages. Gongkai ships
 * no SMS provider: without a bean of this type, messages are written to the application
 * log only and not counted as sent. To plug a provider, declare one Spring bean that
 * implements this interface (see README, 配置, and docs/architecture.md, Notices).
 */
public interface SmsSender {

	/**
	 * Hands one message to the provider.
	 * @param mobile a mainland mobile number, 11 digits
	 * @param text the message, at most a few hundred characters
	 * @return {@code true} if a provider accepted it, {@code false} if it was only logged
	 * @throws RuntimeException if the provider refused it (the notice is logged as
	 * failed)
	 */
	boolean send(String mobile, String text);

}
