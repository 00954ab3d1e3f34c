package org.gongkai.request.notices;

import org.gongkai.request.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link SmsSender} while no provider is plugged in: writes the message to
 * the application log (the number masked) and reports it as not sent.
 */
final class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public boolean send(String mobile, String text) {
		log.info("SMS not sent (no provider configured) to {}: {}", ApplicantNotices.maskedPhone(mobile), text);
		return false;
	}

}
