package org.gongkai.submission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Submission settings ({@code gongkai.submission.*}).
 *
 * @param keyRetention how long an idempotency key answers repeats with the first answer
 * @param receiptLifetime how long a receipt page shows the once-only secret to the
 * submitting browser; the secret is blanked after it
 * @param purgeCron when expired secrets, keys and receipts are purged (the platform's
 * time zone; {@code -} turns it off)
 */
@ConfigurationProperties("gongkai.submission")
public record SubmissionProperties(@DefaultValue("24h") Duration keyRetention,
		@DefaultValue("30m") Duration receiptLifetime, @DefaultValue("0 */5 * * * *") String purgeCron) {

}
