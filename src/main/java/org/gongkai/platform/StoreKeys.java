package org.gongkai.platform;

import java.util.regex.Pattern;

/** The form of an {@link ObjectStore} key. */
final class StoreKeys {

	static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private StoreKeys() {
	}

	/** A hostile key as it may appear in a log line: short, no control characters. */
	static String shown(String key) {
		if (key == null) {
			return "null";
		}
		String printable = key.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > 80) ? printable.substring(0, 80) + "…" : printable;
	}

}
