package org.gongkai.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Decides whether a request comes from an operator: its client address lies in one of the
 * allowed networks, or it carries the operators' bearer token. The token is compared as
 * SHA-256 digests with {@link MessageDigest#isEqual}, so neither its characters nor its
 * length can be found by timing.
 */
class OperatorAccess {

	/** The shortest token accepted ({@code openssl rand -base64 32} gives 44). */
	static final int MIN_TOKEN = 32;

	private static final String BEARER = "Bearer ";

	private final List<IpAddressMatcher> networks = new ArrayList<>();

	/** The token's digest, or {@code null} when no token is set. */
	private final byte[] token;

	/**
	 * @throws IllegalArgumentException naming the setting, for a malformed network or a
	 * short token: the node does not start
	 */
	OperatorAccess(OperationsProperties properties) {
		for (String network : properties.allowedNetworks()) {
			String cidr = network.strip();
			if (cidr.isEmpty()) {
				continue;
			}
			try {
				this.networks.add(new IpAddressMatcher(cidr));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("gongkai.operations.allowed-networks: '" + cidr
						+ "' is not an IP address or CIDR block (" + ex.getMessage() + ")", ex);
			}
		}
		String configured = properties.token().strip();
		if (!configured.isEmpty() && configured.length() < MIN_TOKEN) {
			throw new IllegalArgumentException("gongkai.operations.token must have at least " + MIN_TOKEN
					+ " characters (openssl rand -base64 32)");
		}
		this.token = configured.isEmpty() ? null : digest(configured);
	}

	/** Whether the request comes from an operator. */
	boolean allows(HttpServletRequest request) {
		return fromAllowedNetwork(request.getRemoteAddr()) || carriesToken(request.getHeader("Authorization"));
	}

	boolean fromAllowedNetwork(String address) {
		if (address == null) {
			return false;
		}
		for (IpAddressMatcher network : this.networks) {
			try {
				if (network.matches(address)) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				// not an address literal: never an operator's
				return false;
			}
		}
		return false;
	}

	boolean carriesToken(String authorization) {
		if (this.token == null || authorization == null || !authorization.startsWith(BEARER)) {
			return false;
		}
		return MessageDigest.isEqual(this.token, digest(authorization.substring(BEARER.length()).strip()));
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
