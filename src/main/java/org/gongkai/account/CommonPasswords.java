package org.gongkai.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled list of common passwords ({@code account/common-passwords.txt}, a few
 * thousand entries of 10 or more characters such as {@code password123} and
 * {@code qwerty123456}), read once. Plain Java.
 */
final class CommonPasswords {

	static final String RESOURCE = "/account/common-passwords.txt";

	private static final Set<String> LIST = load();

	private CommonPasswords() {
	}

	/** Whether {@code password} is on the list, ignoring case and surrounding blanks. */
	static boolean contains(String password) {
		return password != null && LIST.contains(password.strip().toLowerCase(Locale.ROOT));
	}

	/** How many passwords the list holds. */
	static int size() {
		return LIST.size();
	}

	private static Set<String> load() {
		Set<String> result = new HashSet<>();
		try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					result.add(entry.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(result);
	}

}
