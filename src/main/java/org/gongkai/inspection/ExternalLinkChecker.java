package org.gongkai.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.gongkai.inspection.rules.AddressPolicy;
import org.gongkai.inspection.rules.ExternalLinks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks links that leave the platform, when
 * {@code gongkai.inspection.external-links.enabled} is on (off by default). Each address
 * is read with {@code HEAD}, then with {@code GET} when the server refuses {@code HEAD};
 * redirects are followed here, at most five.
 * <p>
 * No request reaches an internal address (no SSRF): the host is resolved once (or read as
 * a number in every form {@code inet_aton} knows), every address it resolves to must be
 * public ({@link AddressPolicy}), and the socket is opened to that checked address (the
 * {@code Host} header and TLS name carry the host name, so no second lookup can rebind
 * it). The same happens on every redirect hop.
 * <p>
 * A run (one agency's inspection) is limited in requests in all, requests per host, a
 * pause between requests to the same host and a total time budget; each address is
 * checked once per run. Links the limits leave unchecked are not reported.
 */
@Component
class ExternalLinkChecker {

	/** The most redirects followed. */
	static final int MAX_REDIRECTS = 5;

	private static final int MAX_HEAD_BYTES = 16 * 1024;

	private final InspectionProperties.LinkCheck settings;

	private final AddressPolicy policy;

	private final LongSupplier nanoTime;

	private final Sleeper sleeper;

	@Autowired
	ExternalLinkChecker(InspectionProperties properties) {
		this(properties.externalLinks(), AddressPolicy.publicOnly(), System::nanoTime, Thread::sleep);
	}

	ExternalLinkChecker(InspectionProperties.LinkCheck settings, AddressPolicy policy, LongSupplier nanoTime,
			Sleeper sleeper) {
		this.settings = settings;
		this.policy = policy;
		this.nanoTime = nanoTime;
		this.sleeper = sleeper;
	}

	/** Whether external links are checked at all. */
	boolean enabled() {
		return this.settings.enabled();
	}

	/** A new run with its own limits and cache. */
	Run start() {
		return new Run();
	}

	/** What became of one external link. */
	enum Outcome {

		/** The page answered with a status below 400. */
		OK,

		/**
		 * It failed: an error status, no connection, no such host, too many redirects.
		 */
		DEAD,

		/** It leads to an address the policy refuses: never connected to. */
		REFUSED,

		/** Not checked: the run's limits were reached (not reported). */
		SKIPPED

	}

	/**
	 * One link's result.
	 *
	 * @param outcome what became of it
	 * @param status the last HTTP status, 0 if none
	 * @param detail why, for logs and tests
	 */
	record Result(Outcome outcome, int status, String detail) {

		boolean broken() {
			return this.outcome == Outcome.DEAD || this.outcome == Outcome.REFUSED;
		}

	}

	/** Waits between requests to a host (tests do not wait). */
	@FunctionalInterface
	interface Sleeper {

		void sleep(long millis) throws InterruptedException;

	}

	/** The limits and cache of one agency's run. */
	final class Run {

		private final long started = ExternalLinkChecker.this.nanoTime.getAsLong();

		private final Map<String, Result> cache = new HashMap<>();

		private final Map<String, Integer> perHost = new HashMap<>();

		private final Map<String, Long> lastAt = new HashMap<>();

		private int requests;

		private Run() {
		}

		/** Requests made so far in this run. */
		int requests() {
			return this.requests;
		}

		/** The link's result, checked once per run. */
		Result check(String url) {
			Result cached = this.cache.get(url);
			if (cached != null) {
				return cached;
			}
			Result result = follow(url);
			this.cache.put(url, result);
			return result;
		}

		private Result follow(String url) {
			if (url.length() > ExternalLinks.MAX_LENGTH) {
				return new Result(Outcome.DEAD, 0, "too long");
			}
			URI uri;
			try {
				uri = new URI(url);
			}
			catch (URISyntaxException ex) {
				return new Result(Outcome.DEAD, 0, "malformed");
			}
			for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
				Target target;
				try {
					target = Target.of(uri);
				}
				catch (IllegalArgumentException ex) {
					return new Result(Outcome.DEAD, 0, ex.getMessage());
				}
				InetAddress address;
				try {
					address = resolve(target);
				}
				catch (UnknownHostException ex) {
					return new Result(Outcome.DEAD, 0, "unknown host " + target.host());
				}
				catch (IllegalArgumentException ex) {
					return new Result(Outcome.REFUSED, 0, ex.getMessage());
				}
				Answer answer = request(target, address, "HEAD");
				if (answer.skipped()) {
					return new Result(Outcome.SKIPPED, 0, answer.error());
				}
				if (answer.error() == null && answer.status() >= 400) {
					Answer get = request(target, address, "GET");
					if (get.skipped()) {
						return new Result(Outcome.SKIPPED, 0, get.error());
					}
					answer = get;
				}
				if (answer.error() != null) {
					return new Result(Outcome.DEAD, 0, answer.error());
				}
				if (answer.redirect() && answer.location() != null) {
					try {
						uri = uri.resolve(new URI(answer.location().strip()));
					}
					catch (URISyntaxException | IllegalArgumentException ex) {
						return new Result(Outcome.DEAD, answer.status(), "bad redirect");
					}
					continue;
				}
				return (answer.status() < 400) ? new Result(Outcome.OK, answer.status(), "ok")
						: new Result(Outcome.DEAD, answer.status(), "status " + answer.status());
			}
			return new Result(Outcome.DEAD, 0, "too many redirects");
		}

		/**
		 * The one address connected to: every address the host resolves to must be
		 * allowed.
		 * @throws IllegalArgumentException if one is not
		 */
		private InetAddress resolve(Target target) throws UnknownHostException {
			Optional<InetAddress> numeric = AddressPolicy.numericHost(target.host());
			InetAddress[] all = numeric.isPresent() ? new InetAddress[] { numeric.get() }
					: InetAddress.getAllByName(target.host());
			for (InetAddress address : all) {
				if (!ExternalLinkChecker.this.policy.allows(address, target.port())) {
					throw new IllegalArgumentException("refused address " + address.getHostAddress());
				}
			}
			return all[0];
		}

		private Answer request(Target target, InetAddress address, String method) {
			InspectionProperties.LinkCheck limits = ExternalLinkChecker.this.settings;
			if (this.requests >= limits.maxPerRun()) {
				return Answer.skip("run limit");
			}
			if (this.perHost.getOrDefault(target.host(), 0) >= limits.maxPerHost()) {
				return Answer.skip("host limit");
			}
			long elapsed = ExternalLinkChecker.this.nanoTime.getAsLong() - this.started;
			if (elapsed >= limits.budget().toNanos()) {
				return Answer.skip("time budget");
			}
			Long last = this.lastAt.get(target.host());
			if (last != null) {
				long wait = limits.hostInterval().toMillis()
						- (ExternalLinkChecker.this.nanoTime.getAsLong() - last) / 1_000_000;
				if (wait > 0) {
					try {
						ExternalLinkChecker.this.sleeper.sleep(wait);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return Answer.skip("interrupted");
					}
				}
			}
			this.requests++;
			this.perHost.merge(target.host(), 1, Integer::sum);
			try {
				return exchange(target, address, method, limits);
			}
			finally {
				this.lastAt.put(target.host(), ExternalLinkChecker.this.nanoTime.getAsLong());
			}
		}

	}

	/** One HTTP/1.1 request on a socket opened to the checked address. */
	private static Answer exchange(Target target, InetAddress address, String method,
			InspectionProperties.LinkCheck limits) {
		try (Socket raw = new Socket()) {
			raw.connect(new InetSocketAddress(address, target.port()), (int) limits.connectTimeout().toMillis());
			raw.setSoTimeout((int) limits.readTimeout().toMillis());
			Socket socket = raw;
			if (target.https()) {
				SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(raw,
						target.host(), target.port(), true);
				SSLParameters parameters = tls.getSSLParameters();
				parameters.setEndpointIdentificationAlgorithm("HTTPS");
				if (AddressPolicy.numericHost(target.host()).isEmpty()) {
					parameters.setServerNames(List.of(new SNIHostName(target.host())));
				}
				tls.setSSLParameters(parameters);
				tls.startHandshake();
				socket = tls;
			}
			OutputStream out = socket.getOutputStream();
			String head = method + " " + target.path() + " HTTP/1.1\r\nHost: " + target.hostHeader()
					+ "\r\nUser-Agent: Gongkai-LinkCheck/1.0\r\nAccept: */*\r\nConnection: close\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			long deadline = System.nanoTime() + limits.readTimeout().toNanos();
			return Answer.read(new java.io.BufferedInputStream(socket.getInputStream()), deadline);
		}
		catch (IOException | RuntimeException ex) {
			return Answer.failed(ex.getClass().getSimpleName());
		}
	}

	/** Where a request goes. */
	record Target(boolean https, String host, int port, String path, String hostHeader) {

		/**
		 * @throws IllegalArgumentException for a scheme other than http and https, or no
		 * host
		 */
		static Target of(URI uri) {
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new IllegalArgumentException("scheme " + scheme);
			}
			String authority = uri.getRawAuthority();
			if (authority == null || authority.isEmpty()) {
				throw new IllegalArgumentException("no host");
			}
			authority = authority.substring(authority.lastIndexOf('@') + 1);
			String host;
			int port = -1;
			if (authority.startsWith("[")) {
				int close = authority.indexOf(']');
				if (close < 0) {
					throw new IllegalArgumentException("bad host");
				}
				host = authority.substring(0, close + 1);
				if (authority.length() > close + 1) {
					port = port(authority.substring(close + 1));
				}
			}
			else {
				int colon = authority.lastIndexOf(':');
				host = (colon >= 0) ? authority.substring(0, colon) : authority;
				if (colon >= 0) {
					port = port(authority.substring(colon));
				}
			}
			if (host.isEmpty() || host.length() > 253) {
				throw new IllegalArgumentException("bad host");
			}
			String ascii = host.startsWith("[") ? host
					: IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
			boolean https = scheme.equals("https");
			int effective = (port > 0) ? port : (https ? 443 : 80);
			String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			if (uri.getRawQuery() != null) {
				path = path + "?" + uri.getRawQuery();
			}
			if (!path.matches("[\\x21-\\x7e]+")) {
				throw new IllegalArgumentException("bad path");
			}
			String lookup = ascii.startsWith("[") ? ascii.substring(1, ascii.length() - 1) : ascii;
			return new Target(https, lookup, effective, path, (port > 0) ? ascii + ":" + port : ascii);
		}

		private static int port(String text) {
			if (!text.matches(":\\d{1,5}")) {
				throw new IllegalArgumentException("bad port");
			}
			int port = Integer.parseInt(text.substring(1));
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException("bad port");
			}
			return port;
		}

	}

	/** The head of an answer, or why there is none. */
	record Answer(int status, String location, String error, boolean skipped) {

		static Answer skip(String why) {
			return new Answer(0, null, why, true);
		}

		static Answer failed(String why) {
			return new Answer(0, null, why, false);
		}

		boolean redirect() {
			return this.status == 301 || this.status == 302 || this.status == 303 || this.status == 307
					|| this.status == 308;
		}

		/** Reads the status line and the headers (at most 16 KB), never the body. */
		static Answer read(InputStream in, long deadline) throws IOException {
			byte[] buffer = new byte[MAX_HEAD_BYTES];
			int length = 0;
			while (length < buffer.length) {
				int b = in.read();
				if (b < 0 || System.nanoTime() > deadline) {
					break;
				}
				buffer[length++] = (byte) b;
				if (length >= 4 && buffer[length - 4] == '\r' && buffer[length - 3] == '\n'
						&& buffer[length - 2] == '\r' && buffer[length - 1] == '\n') {
					break;
				}
			}
			String head = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
			String[] lines = head.split("\r\n");
			if (lines.length == 0 || !lines[0].matches("HTTP/1\\.[01] \\d{3}.*")) {
				return failed("no HTTP answer");
			}
			int status = Integer.parseInt(lines[0].substring(9, 12));
			String location = null;
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0 && lines[i].substring(0, colon).strip().equalsIgnoreCase("Location")) {
					location = lines[i].substring(colon + 1).strip();
				}
			}
			return new Answer(status, location, null, false);
		}

	}

}
