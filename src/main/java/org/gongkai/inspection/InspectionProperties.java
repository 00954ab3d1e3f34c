package org.gongkai.inspection;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inspection settings ({@code gongkai.inspection.*}).
 *
 * @param cron when every agency is inspected (default: 02:00 on the first of each month,
 * in the platform's time zone); {@code -} turns the schedule off
 * @param terms wrong → right forms of fixed political terms ({@code 错误→正确}), for every
 * agency
 * @param leaders wrong → right forms of leaders' names and titles, each either for every
 * agency or for one ({@code 统一社会信用代码|错误→正确})
 * @param sensitiveWords words that must not appear in published titles and bodies
 * @param taskDays working days a rectification task gets by default
 * @param externalLinks the check of links leaving the platform
 * ({@code gongkai.inspection.external-links.*}), off by default
 * @param probe the availability probe of the public site
 * ({@code gongkai.inspection.probe.*}), off without a base URL
 * @param mailFrom the sender address of the e-mails about new findings and tasks (sent
 * only when SMTP is configured)
 */
@ConfigurationProperties("gongkai.inspection")
public record InspectionProperties(@DefaultValue("0 0 2 1 * *") String cron, @DefaultValue( {
		"中华人名共和国→中华人民共和国", "一带一路倡仪→一带一路倡议", "社会主义核心价值现→社会主义核心价值观" }) List<String> terms,
		@DefaultValue({}) List<String> leaders, @DefaultValue({}) List<String> sensitiveWords,
		@DefaultValue("10") int taskDays, @DefaultValue LinkCheck externalLinks, @DefaultValue Probe probe,
		@DefaultValue("gongkai@localhost") String mailFrom){

	/**
	 * The external link check. It never connects to loopback, private, link-local,
	 * multicast, unspecified, carrier-grade NAT or IPv6 unique local addresses, checked
	 * after each name is resolved and on every redirect.
	 *
	 * @param enabled whether external links are checked at all (default: no)
	 * @param connectTimeout the longest wait for a connection
	 * @param readTimeout the longest wait for the answer's head
	 * @param budget the longest time one agency's run spends on external links; links
	 * left over are not checked (and not reported)
	 * @param maxPerRun the most requests one agency's run makes
	 * @param maxPerHost the most requests one agency's run makes to one host
	 * @param hostInterval the pause between two requests to the same host
	 */
	public record LinkCheck(@DefaultValue("false") boolean enabled, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("10s") Duration readTimeout, @DefaultValue("120s") Duration budget,
			@DefaultValue("200") int maxPerRun, @DefaultValue("20") int maxPerHost,
			@DefaultValue("1s") Duration hostInterval) {

	}

	/**
	 * The availability probe of the public site (19号: ≥ 5 % of ≥ 20 probes over a week
	 * failing within 15 seconds is a single veto).
	 *
	 * @param baseUrl the public site's address, such as
	 * {@code https://gongkai.example.gov.cn/}; blank (the default) turns the probe off
	 * @param minutes how often it is probed
	 * @param timeout how long a probe may take before it counts as failed
	 */
	public record Probe(@DefaultValue("") String baseUrl, @DefaultValue("60") int minutes,
			@DefaultValue("15s") Duration timeout) {

		/** Whether there is a base URL to probe. */
		public boolean enabled() {
			return this.baseUrl != null && !this.baseUrl.isBlank();
		}

	}

}
