package org.gongkai.request.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends again the e-mail notices the mail server refused ({@link ApplicantNotices}):
 * after 5 minutes, 30 minutes and 2 hours ({@link #BACKOFF}), checked every minute
 * ({@code gongkai.request.notice-retry-cron}, {@code -} turns it off); then it gives up,
 * and the case page shows the notice as failed with a button for the clerk to send it
 * again. Every attempt is a line in the case log. A notice is sent once: an attempt takes
 * its row (state {@code WAITING} or, for the clerk, {@code GAVE_UP}) in its transaction,
 * and a notice that went out ({@code SENT}) is never tried again. While no mail server is
 * configured nothing is tried and nothing is counted.
 */
@Service
public class NoticeRetries {

	/** The waits before the second, third and fourth attempt; then it gives up. */
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

	private static final Logger log = LoggerFactory.getLogger(NoticeRetries.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final ApplicantNotices notices;

	private final CaseFiles files;

	private final AgencyAccess access;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public NoticeRetries(ApplicantNotices notices, CaseFiles files, AgencyAccess access, MessageSource messages,
			JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.notices = notices;
		this.files = files;
		this.access = access;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * A notice that did not reach the applicant (yet), as the case page shows it.
	 *
	 * @param gaveUp whether the automatic attempts are over (the clerk may send it again)
	 * @param attempts how often it was tried
	 * @param lastTriedAt the last attempt, in the platform's time zone
	 * @param nextAttemptAt the next automatic attempt, or {@code null} once given up
	 */
	public record FailedNotice(long id, String subject, boolean gaveUp, int attempts, LocalDateTime lastTriedAt,
			LocalDateTime nextAttemptAt) {

	}

	/** The case's notices not sent (yet), oldest first. */
	@Transactional(readOnly = true)
	public List<FailedNotice> failed(long caseId) {
		return this.jdbc
			.sql("select id, subject, state, attempts, last_tried_at, next_attempt_at from req_notice_retry"
					+ " where case_id = ? and state in ('WAITING', 'GAVE_UP') order by id")
			.param(caseId)
			.query((rs, n) -> new FailedNotice(rs.getLong("id"), rs.getString("subject"),
					"GAVE_UP".equals(rs.getString("state")), rs.getInt("attempts"),
					local(rs.getTimestamp("last_tried_at")), local(rs.getTimestamp("next_attempt_at"))))
			.list();
	}

	/**
	 * Sends again, now, a notice the automatic attempts gave up on (its agency's clerks
	 * only), logged on the case under the clerk's name.
	 * @return whether the mail server took it this time
	 * @throws NotFoundException if the case has no such notice
	 * @throws RuleViolationException {@code request.notice.resend.not-failed} for a
	 * notice sent or still being tried, {@code request.notice.resend.unavailable} when no
	 * mail server is configured or the case has no e-mail address
	 */
	@Transactional
	public boolean resend(long caseId, long noticeId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		Row row = row(noticeId).filter((r) -> r.caseId() == caseId)
			.orElseThrow(() -> new NotFoundException("Notice " + noticeId + " of case " + caseId));
		if (!"GAVE_UP".equals(row.state()) || !take(noticeId, "GAVE_UP")) {
			throw new RuleViolationException("request.notice.resend.not-failed", "Notice " + noticeId + " not failed");
		}
		StaffPrincipal me = AgencyAccess.current();
		Boolean sent = attempt(request, row, (me != null) ? me.username() : "system", true);
		if (sent == null) {
			throw new RuleViolationException("request.notice.resend.unavailable", "No mail server or address");
		}
		return sent;
	}

	/**
	 * The minute's run of {@link #retryDue}, on one node of a cluster at a time (a run
	 * another node holds is skipped, hence no result).
	 */
	@Scheduled(cron = "${gongkai.request.notice-retry-cron:15 * * * * *}", zone = "${gongkai.zone:Asia/Shanghai}")
	@SchedulerLock(name = "request.notice-retry")
	public void retryDueNow() {
		retryDue();
	}

	/**
	 * Tries again each notice whose next attempt is due, each in its own transaction.
	 * @return how many were sent
	 */
	public int retryDue() {
		List<Long> due = this.jdbc
			.sql("select id from req_notice_retry where state = 'WAITING' and next_attempt_at <= ? order by id")
			.param(Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.list();
		int sent = 0;
		for (long id : due) {
			try {
				sent += retry(id) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// one broken notice must not hold up the others; it stays due
				log.warn("Retry of notice {} failed: {}", id, ex.toString());
			}
		}
		return sent;
	}

	private boolean retry(long id) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			Row row = row(id).orElse(null);
			if (row == null || !"WAITING".equals(row.state())) {
				return false;
			}
			DisclosureRequest request = this.files.load(row.caseId());
			if (!this.notices.canMail(request) || !take(id, "WAITING")) {
				return false;
			}
			Boolean result = attempt(request, row, "system", false);
			if (result == null) {
				status.setRollbackOnly();
				return false;
			}
			return result;
		}));
	}

	/**
	 * One attempt of a taken row, logged on the case: sent, failed with the next attempt,
	 * or given up after the last.
	 * @return whether it was sent, {@code null} if nothing could be tried
	 */
	private Boolean attempt(DisclosureRequest request, Row row, String by, boolean byClerk) {
		Boolean sent = this.notices.mailAgain(request, row.kind(), row.subject());
		if (sent == null) {
			return null;
		}
		int attempt = row.attempts() + 1;
		Instant now = this.files.now();
		String channel = this.notices.emailChannel(request);
		if (sent) {
			update(row.id(), "SENT", attempt, now, null);
			this.notices.note(request, "notice-sent", by, channel,
					row.subject() + words("request.notice.retry.sent", attempt));
		}
		else if (!byClerk && attempt <= BACKOFF.size()) {
			Instant next = now.plus(BACKOFF.get(attempt - 1));
			update(row.id(), "WAITING", attempt, now, next);
			this.notices.note(request, "notice-failed", by, channel,
					row.subject() + words("request.notice.retry.next", attempt, minute(next, this.clock)));
		}
		else {
			update(row.id(), "GAVE_UP", attempt, now, null);
			this.notices.note(request, byClerk ? "notice-failed" : "notice-gave-up", by, channel,
					row.subject() + words("request.notice.retry.gave-up", attempt));
		}
		return sent;
	}

	/** Takes a row for one attempt: false if another attempt took it first. */
	private boolean take(long id, String state) {
		return this.jdbc.sql("update req_notice_retry set state = 'SENDING' where id = ? and state = ?")
			.params(id, state)
			.update() == 1;
	}

	private void update(long id, String state, int attempts, Instant now, Instant next) {
		this.jdbc
			.sql("update req_notice_retry set state = ?, attempts = ?, last_tried_at = ?, next_attempt_at = ?"
					+ " where id = ?")
			.params(state, attempts, Timestamp.from(now), (next != null) ? Timestamp.from(next) : null, id)
			.update();
	}

	private Optional<Row> row(long id) {
		return this.jdbc.sql("select id, case_id, kind, subject, state, attempts from req_notice_retry where id = ?")
			.param(id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("case_id"), NoticeKind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getString("state"), rs.getInt("attempts")))
			.optional();
	}

	private String words(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, CHINESE);
	}

	private LocalDateTime local(Timestamp at) {
		return (at != null) ? LocalDateTime.ofInstant(at.toInstant(), this.clock.getZone()) : null;
	}

	/** {@code 2026-06-15 10:05}, in the clock's time zone. */
	static String minute(Instant at, Clock clock) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(at);
	}

	private record Row(long id, long caseId, NoticeKind kind, String subject, String state, int attempts) {

	}

}
