package org.gongkai.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's buckets in the shared database (table {@code plat_rate_limit}), so a limit
 * counts the attempts on every node: each attempt reads its bucket's row with
 * {@code SELECT ... FOR UPDATE}, applies the attempt and writes the state back in one
 * short transaction on its own connection. Plain SQL that runs on H2 and PostgreSQL alike
 * (Bucket4j's PostgreSQL module is not published for the Bucket4j version we use, and its
 * {@code ON CONFLICT} needs H2's PostgreSQL mode). The buckets refill by the platform's
 * clock, as the in-memory ones do. A row records when its bucket is full again
 * ({@code expires_at}); {@link #purgeExpired} drops those rows.
 */
class JdbcBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

	private static final ExpirationAfterWriteStrategy EXPIRY = ExpirationAfterWriteStrategy
		.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

	private final DataSource dataSource;

	private final TimeMeter time;

	JdbcBuckets(DataSource dataSource, TimeMeter time) {
		super(ClientSideConfig.getDefault().withClientClock(time));
		this.dataSource = dataSource;
		this.time = time;
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		return new RowTransaction(key);
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement("delete from plat_rate_limit where id = ?")) {
			delete.setString(1, key);
			delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Rate limit " + key + " not removed", ex);
		}
	}

	/** Forgets every bucket of the cluster. */
	void removeAll() {
		update("delete from plat_rate_limit", null);
	}

	/**
	 * Drops the rows of buckets that have refilled (they know nothing a fresh bucket does
	 * not).
	 * @return how many were dropped
	 */
	int purgeExpired() {
		return update("delete from plat_rate_limit where expires_at < ?", nowMillis());
	}

	/** How many buckets the table holds. */
	int size() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement count = connection.prepareStatement("select count(*) from plat_rate_limit");
				ResultSet rows = count.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Rate limits not counted", ex);
		}
	}

	private int update(String sql, Long parameter) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setLong(1, parameter);
			}
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Rate limits not changed: " + sql, ex);
		}
	}

	private long nowMillis() {
		return this.time.currentTimeNanos() / 1_000_000L;
	}

	/** One attempt's transaction on the key's row, on a connection of its own. */
	private final class RowTransaction implements SelectForUpdateBasedTransaction {

		private final String key;

		private Connection connection;

		RowTransaction(String key) {
			this.key = key;
		}

		@Override
		public void begin(Optional<Long> timeoutNanos) {
			try {
				this.connection = JdbcBuckets.this.dataSource.getConnection();
				this.connection.setAutoCommit(false);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("No connection for rate limit " + this.key, ex);
			}
		}

		@Override
		public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
			try (PreparedStatement select = this.connection
				.prepareStatement("select state from plat_rate_limit where id = ? for update")) {
				applyTimeout(select, timeoutNanos);
				select.setString(1, this.key);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Rate limit " + this.key + " not read", ex);
			}
		}

		@Override
		public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
			Savepoint savepoint = null;
			try (PreparedStatement insert = this.connection
				.prepareStatement("insert into plat_rate_limit (id, state, expires_at) values (?, null, null)")) {
				applyTimeout(insert, timeoutNanos);
				savepoint = this.connection.setSavepoint();
				insert.setString(1, this.key);
				insert.executeUpdate();
				return true;
			}
			catch (SQLException ex) {
				// another node inserted the row first: the caller reads it again
				rollbackTo(savepoint);
				return false;
			}
		}

		@Override
		public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
			long now = nowMillis();
			long expiresAt = now + EXPIRY.calculateTimeToLiveMillis(state, now * 1_000_000L);
			try (PreparedStatement update = this.connection
				.prepareStatement("update plat_rate_limit set state = ?, expires_at = ? where id = ?")) {
				applyTimeout(update, timeoutNanos);
				update.setBytes(1, data);
				update.setLong(2, expiresAt);
				update.setString(3, this.key);
				update.executeUpdate();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Rate limit " + this.key + " not written", ex);
			}
		}

		@Override
		public void commit(Optional<Long> timeoutNanos) {
			try {
				this.connection.commit();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Rate limit " + this.key + " not committed", ex);
			}
		}

		@Override
		public void rollback() {
			try {
				this.connection.rollback();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Rate limit " + this.key + " not rolled back", ex);
			}
		}

		@Override
		public void release() {
			if (this.connection == null) {
				return;
			}
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Connection of rate limit " + this.key + " not closed", ex);
			}
		}

		private void rollbackTo(Savepoint savepoint) {
			if (savepoint == null) {
				return;
			}
			try {
				this.connection.rollback(savepoint);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Rate limit " + this.key + " not rolled back", ex);
			}
		}

	}

}
