package org.gongkai.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serial numbers without gaps, per series (e.g. {@code index-number}), scope (an agency's
 * id) and year: unique and without gaps, also under concurrent submissions and with
 * several nodes. The number is taken in the caller's transaction under a row lock:
 * concurrent callers wait for each other, and a caller that rolls back gives its number
 * back.
 * <p>
 * Everything happens on the caller's one connection, the first number of a series too: a
 * caller never asks the pool for a second connection while it holds one, so any number of
 * simultaneous first applicants (or every agency on 1 January) cannot exhaust the pool by
 * waiting on each other. The series row is inserted under a savepoint; a caller that
 * races another inserting the same row waits for that transaction on the unique key, and
 * when it commits, rolls back to its savepoint and locks the row that now exists.
 */
@Component
public class SerialNumbers {

	/** SQLSTATE class 23: integrity constraint violation (a duplicate key here). */
	private static final String INTEGRITY_VIOLATION = "23";

	private final JdbcTemplate jdbc;

	SerialNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
			if (last == null) {
				throw new IllegalStateException("Serial row " + series + "/" + scopeId + "/" + year + " vanished");
			}
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
	 * Inserts the series row on the caller's connection, under a savepoint so that losing
	 * the race to another caller (a duplicate key) leaves the caller's transaction usable
	 * (PostgreSQL aborts a transaction on any failed statement outside a savepoint).
	 */
	private void createRow(String series, long scopeId, int year) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			insertUnderSavepoint(connection, series, scopeId, year);
			return null;
		});
	}

	private static void insertUnderSavepoint(Connection connection, String series, long scopeId, int year)
			throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into plt_serial (series, scope_id, serial_year, last_value) values (?, ?, ?, 0)")) {
			insert.setString(1, series);
			insert.setLong(2, scopeId);
			insert.setInt(3, year);
			insert.executeUpdate();
		}
		catch (SQLException ex) {
			connection.rollback(savepoint);
			if (ex.getSQLState() == null || !ex.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
				throw ex;
			}
			// created by a concurrent caller, which has committed: the caller locks it
			// next
			return;
		}
		connection.releaseSavepoint(savepoint);
	}

}
