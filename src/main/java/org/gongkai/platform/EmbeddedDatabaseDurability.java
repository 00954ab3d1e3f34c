package org.gongkai.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes an H2 file database write each commit before the commit returns, also when its
 * URL was configured by hand without a {@code WRITE_DELAY} (see
 * {@link DataDirectoryEnvironment}); the setting is stored in the database. A URL that
 * names a delay of its own is an operator's explicit choice of speed over durability (the
 * benchmark's baseline uses it): it is kept, with a warning. In-memory databases and
 * other engines are left alone: PostgreSQL is durable at commit by itself.
 */
@Component
class EmbeddedDatabaseDurability implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseDurability.class);

	private final DataSource dataSource;

	/**
	 * The URL as configured: the driver's metadata leaves out the settings it carries.
	 */
	private final String configuredUrl;

	EmbeddedDatabaseDurability(DataSource dataSource, Environment environment) {
		this.dataSource = dataSource;
		this.configuredUrl = environment.getProperty("spring.datasource.url", "");
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName()) || url == null
					|| url.startsWith("jdbc:h2:mem:")) {
				return;
			}
			String configured = this.configuredUrl.toUpperCase(Locale.ROOT).replace(" ", "");
			if (configured.contains(";WRITE_DELAY=") && !configured.matches(".*;WRITE_DELAY=0(;.*)?")) {
				log.warn(
						"H2 database {} is configured to delay writing commits: "
								+ "data acknowledged in the last moments before a crash can be lost",
						this.configuredUrl);
				return;
			}
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery(
							"select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
				if (rs.next() && "0".equals(rs.getString(1))) {
					return;
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET WRITE_DELAY 0");
			}
			log.warn(
					"H2 database {} delayed writing commits; set WRITE_DELAY 0 so that acknowledged data survives a crash",
					url);
		}
	}

}
