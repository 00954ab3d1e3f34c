package org.gongkai.platform;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serial numbers without gaps, per series (e.g. {@code index-number}), scope (an agency's
 * id) and year: unique and without gaps, also under concurrent submissions and with
 * several nodes (DESIGN.md, data and durability). The number is taken in the caller's
 * transaction under a row lock: concurrent callers wait for each other, and a caller that
 * rolls back gives its number back.
 */
@Component
public class SerialNumbers {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separate;

	SerialNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Takes the next number of a series. Must run in the transaction that stores what the
	 * number is for.
	 * @param series the series name (at most 40 characters)
	 * @param scopeId the agency (or other scope) the series belongs to
	 * @param year the year the numbers restart in
	 * @return 1 for the first number of that scope and year, then 2, 3, …
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long next(String series, long scopeId, int year) {
		Long last = lockCurrent(series, scopeId, year);
		if (last == null) {
			createRow(series, scopeId, year);
			last = lockCurrent(series, scopeId, year);
		}
		long next = last + 1;
		this.jdbc.update("update plt_serial set last_value = ? where series = ? and scope_id = ? and serial_year = ?",
				next, series, scopeId, year);
		return next;
	}

	private Long lockCurrent(String series, long scopeId, int year) {
		return this.jdbc
			.query("select last_value from plt_serial where series = ? and scope_id = ? and serial_year = ? for update",
					(rs, n) -> rs.getLong(1), series, scopeId, year)
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Creates the row in its own transaction; another node or thread may have just done
	 * so.
	 */
	private void createRow(String series, long scopeId, int year) {
		try {
			this.separate.executeWithoutResult((status) -> this.jdbc.update(
					"insert into plt_serial (series, scope_id, serial_year, last_value) values (?, ?, ?, 0)", series,
					scopeId, year));
		}
		catch (DataIntegrityViolationException ex) {
			// created concurrently: fine, the caller locks it next
		}
	}

}
