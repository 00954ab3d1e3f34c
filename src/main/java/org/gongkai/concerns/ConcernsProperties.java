package org.gongkai.concerns;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the responses to concerns ({@code gongkai.concerns.*}).
 *
 * @param hours the hours a response is due in per severity, counted from the moment the
 * concern arose or was seen, holidays included
 * @param reminderPercent the share of the time after which the agency is reminded (1–99,
 * default 75)
 * @param cron when the reminders are looked for (default every 15 minutes, in the
 * platform's time zone); {@code -} turns them off
 * @param mailFrom the sender of the reminder e-mails (sent only when SMTP is configured)
 */
@ConfigurationProperties("gongkai.concerns")
public record ConcernsProperties(@DefaultValue Hours hours, @DefaultValue("75") int reminderPercent,
		@DefaultValue("0 */15 * * * *") String cron, @DefaultValue("gongkai@localhost") String mailFrom) {

	/**
	 * The hours per severity.
	 *
	 * @param ordinary an ordinary concern (default 120: the practice of answering within
	 * five days, read as five whole days so one clock counts every concern)
	 * @param major a major concern (default 48, 国办发〔2016〕61号)
	 * @param majorEmergency a major emergency (default 24, 国办发〔2016〕61号)
	 */
	public record Hours(@DefaultValue("120") int ordinary, @DefaultValue("48") int major,
			@DefaultValue("24") int majorEmergency) {

		/** The hours of a severity. */
		public int of(ConcernSeverity severity) {
			return switch (severity) {
				case ORDINARY -> this.ordinary;
				case MAJOR -> this.major;
				case MAJOR_EMERGENCY -> this.majorEmergency;
			};
		}

	}

}
