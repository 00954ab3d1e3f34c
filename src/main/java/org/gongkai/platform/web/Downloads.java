package org.gongkai.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download with a Chinese file name (RFC 6266):
 * {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded}.
 * Browsers save the UTF-8 name (RFC 5987); the rare client that reads only
 * {@code filename} gets the ASCII fallback.
 */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * The header value for {@code fileName}, with {@code asciiFallback} for clients
	 * without RFC 5987.
	 * @param fileName the name to save under, any characters (control characters, path
	 * separators, quotes and backslashes become {@code _})
	 * @param asciiFallback an ASCII name, e.g. {@code annual-report-2025.pdf}; characters
	 * outside printable ASCII, quotes, backslashes and {@code %} become {@code _}
	 */
	public static String attachment(String fileName, String asciiFallback) {
		return "attachment; filename=\"" + ascii(asciiFallback) + "\"; filename*=UTF-8''" + encode(safe(fileName));
	}

	private static String safe(String name) {
		StringBuilder out = new StringBuilder(name.length());
		name.codePoints()
			.forEach((c) -> out.appendCodePoint(
					(c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == '"' || Character.isISOControl(c)) ? '_'
							: c));
		return out.toString();
	}

	private static String ascii(String name) {
		StringBuilder out = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			out.append((c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%') ? c : '_');
		}
		return out.toString();
	}

	private static String encode(String value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.write(c);
			}
			else {
				out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return out.toString(StandardCharsets.US_ASCII);
	}

}
