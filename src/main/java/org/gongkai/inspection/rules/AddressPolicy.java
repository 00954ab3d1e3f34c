package org.gongkai.inspection.rules;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses the external link check may connect to: public unicast addresses only.
 * Refused are loopback, unspecified ({@code 0.0.0.0}, {@code ::}), private (10/8,
 * 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), link-local (169.254/16 with the
 * cloud metadata address, fe80::/10), multicast, reserved and documentation ranges, IPv6
 * unique local (fc00::/7) and site-local addresses, and IPv6 forms that carry one of
 * these IPv4 addresses (mapped, compatible, NAT64, 6to4) or tunnel to an unknown one
 * (Teredo). The check applies to the address a name resolved to, so a public name
 * pointing at 127.0.0.1 is refused as well. Only a test widens the policy, to one exact
 * address and port ({@link #allowing}).
 */
public final class AddressPolicy {

	private static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(Set.of());

	private final Set<String> exceptions;

	private AddressPolicy(Set<String> exceptions) {
		this.exceptions = Set.copyOf(exceptions);
	}

	/** Public unicast addresses only: the policy of the running platform. */
	public static AddressPolicy publicOnly() {
		return PUBLIC_ONLY;
	}

	/** This policy, also allowing exactly {@code address} on {@code port} (for tests). */
	public AddressPolicy allowing(InetAddress address, int port) {
		Set<String> more = new HashSet<>(this.exceptions);
		more.add(address.getHostAddress() + "|" + port);
		return new AddressPolicy(more);
	}

	/** Whether a connection to {@code address} on {@code port} is allowed. */
	public boolean allows(InetAddress address, int port) {
		return isPublic(address) || this.exceptions.contains(address.getHostAddress() + "|" + port);
	}

	/** Whether {@code address} is a public unicast address. */
	public static boolean isPublic(InetAddress address) {
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			return publicV4(b);
		}
		if (address instanceof Inet6Address) {
			return publicV6(b);
		}
		return false;
	}

	private static boolean publicV4(byte[] b) {
		int a0 = b[0] & 0xff;
		int a1 = b[1] & 0xff;
		int a2 = b[2] & 0xff;
		return !(a0 == 0 // this network, 0.0.0.0
				|| a0 == 10 // private
				|| (a0 == 100 && a1 >= 64 && a1 <= 127) // carrier-grade NAT
				|| a0 == 127 // loopback
				|| (a0 == 169 && a1 == 254) // link-local, cloud metadata
				|| (a0 == 172 && a1 >= 16 && a1 <= 31) // private
				|| (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF, TEST-NET-1
				|| (a0 == 192 && a1 == 88 && a2 == 99) // 6to4 relay
				|| (a0 == 192 && a1 == 168) // private
				|| (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
				|| (a0 == 198 && a1 == 51 && a2 == 100) // TEST-NET-2
				|| (a0 == 203 && a1 == 0 && a2 == 113) // TEST-NET-3
				|| a0 >= 224); // multicast, reserved, broadcast
	}

	private static boolean publicV6(byte[] b) {
		// only global unicast 2000::/3 is public; this refuses ::, ::1, fc00::/7,
		// fe80::/10,
		// fec0::/10, ff00::/8 and the IPv4-mapped and -compatible forms (::/96,
		// ::ffff:0:0/96)
		if ((b[0] & 0xe0) != 0x20) {
			return false;
		}
		int first = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
		int second = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
		if (first == 0x2001 && second == 0) {
			return false; // Teredo: the IPv4 address it reaches is obscured
		}
		if (first == 0x2001 && second == 0x0db8) {
			return false; // documentation
		}
		if (first == 0x2002) {
			return publicV4(new byte[] { b[2], b[3], b[4], b[5] }); // 6to4
		}
		return true;
	}

	/**
	 * The address a host written as a number stands for, in every form the C library's
	 * {@code inet_aton} reads ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1},
	 * {@code 127.1}), or an IPv6 literal; empty for a host name.
	 * @throws IllegalArgumentException for a host that looks numeric but is no address
	 */
	public static Optional<InetAddress> numericHost(String host) {
		String h = host.strip().toLowerCase(Locale.ROOT);
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		try {
			if (h.contains(":")) {
				if (!h.matches("[0-9a-f:.%a-z]+")) {
					throw new IllegalArgumentException("Not an IPv6 address: " + host);
				}
				return Optional.of(InetAddress.getByName(h.contains("%") ? h.substring(0, h.indexOf('%')) : h));
			}
			if (h.endsWith(".")) {
				h = h.substring(0, h.length() - 1);
			}
			String[] parts = h.split("\\.", -1);
			for (String part : parts) {
				if (!part.matches("0x[0-9a-f]*|[0-9]+")) {
					return Optional.empty(); // a name, such as 163.com or 360.de
				}
			}
			if (parts.length > 4) {
				throw new IllegalArgumentException("Not an IPv4 address: " + host);
			}
			long[] values = new long[parts.length];
			for (int i = 0; i < parts.length; i++) {
				values[i] = part(parts[i], host);
			}
			long value = 0;
			for (int i = 0; i < parts.length - 1; i++) {
				if (values[i] > 0xff) {
					throw new IllegalArgumentException("Not an IPv4 address: " + host);
				}
				value = (value << 8) | values[i];
			}
			int restBits = 8 * (4 - (parts.length - 1));
			long last = values[parts.length - 1];
			if (last >= (1L << restBits)) {
				throw new IllegalArgumentException("Not an IPv4 address: " + host);
			}
			value = (value << restBits) | last;
			byte[] bytes = { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value };
			return Optional.of(InetAddress.getByAddress(bytes));
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not an address: " + host, ex);
		}
	}

	private static long part(String part, String host) {
		try {
			if (part.isEmpty() || part.length() > 12) {
				throw new IllegalArgumentException("Not an IPv4 address: " + host);
			}
			if (part.startsWith("0x")) {
				return Long.parseLong(part.substring(2), 16);
			}
			if (part.length() > 1 && part.startsWith("0")) {
				return Long.parseLong(part.substring(1), 8);
			}
			return Long.parseLong(part);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not an IPv4 address: " + host, ex);
		}
	}

}
