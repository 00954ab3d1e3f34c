package org.gongkai.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public GET and POST mapping (none under /admin/ or /api/v1/admin/), taken from
 * the handler mapping, gets malformed and odd input in its path variables, its query
 * parameters and (POST) its form body, sent byte for byte to the real server over a
 * socket (no client library re-encodes or refuses {@code %zz}): no answer is a 5xx,
 * nothing is logged at ERROR, and a 400 under /api/ is JSON.
 */
@GongkaiTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedInputFuzzTests {

	/** Encodings no decoder accepts. */
	private static final List<String> MALFORMED = List.of("%ff", "%c0%af", "%00", "%ed%a0%80", "%zz", "%", "%e4%b8");

	/** Well-formed but unexpected values, which reach the controllers. */
	private static final List<String> ODD = List.of("%ef%bf%bf", "%e2%80%ae%0d%0a", "-1", "99999999999999999999",
			"%27%22%3c%3e%2e%2e", "a".repeat(6000));

	/** Only in paths: separators and dots, encoded and not. */
	private static final List<String> PATH_ONLY = List.of("..", "%2e%2e", "%2f", "%5c", "%3b", "%20");

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AgencyManagement agencies;

	@Test
	void noPublicEndpointAnswersMalformedInputWithA5xx(CapturedOutput output) throws Exception {
		AgencyData agency = AgencyFixtures.county("模糊测试县" + System.nanoTime());
		this.agencies.create(agency);
		Set<String> endpoints = new TreeSet<>();
		List<String[]> requests = new ArrayList<>();
		for (Endpoint endpoint : publicEndpoints()) {
			endpoints.add(endpoint.method() + " " + endpoint.pattern());
			for (String target : targets(endpoint, agency.creditCode())) {
				requests.add(new String[] { endpoint.method(), target, null });
			}
			if (endpoint.method().equals("POST")) {
				for (String bad : MALFORMED) {
					requests.add(new String[] { "POST", path(endpoint.pattern(), null, null, agency.creditCode()),
							endpoint.parameters().get(0) + "=" + bad });
				}
			}
		}
		// a path and a query string over the header limit
		// (server.max-http-request-header-size)
		requests.add(new String[] { "GET", "/api/v1/" + "a".repeat(20_000), null });
		requests.add(new String[] { "GET", "/api/v1/publications?q=" + "a".repeat(20_000), null });
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		ExecutorService clients = Executors.newFixedThreadPool(3);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (String[] request : requests) {
				sent.add(clients.submit(() -> check(request[0], request[1], request[2], failures)));
			}
			for (Future<?> result : sent) {
				result.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(endpoints).as("public endpoints").hasSizeGreaterThan(30).contains("GET /api/v1/publications");
		assertThat(failures).as(requests.size() + " requests").isEmpty();
		assertThat(output.getOut()).doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	private List<Endpoint> publicEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<String> methods = methods(info);
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/admin") || pattern.startsWith("/api/v1/admin") || pattern.equals("/error")) {
					continue;
				}
				for (String method : methods) {
					endpoints.add(new Endpoint(method, pattern, parameters(handler)));
				}
			}
		});
		return endpoints;
	}

	private static Set<String> methods(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		Set<String> methods = new LinkedHashSet<>();
		if (declared.isEmpty() || declared.contains(RequestMethod.GET)) {
			methods.add("GET");
		}
		if (declared.contains(RequestMethod.POST)) {
			methods.add("POST");
		}
		return methods;
	}

	/** The request parameters the handler reads, or {@code q} if none. */
	private static List<String> parameters(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null && !name.isEmpty()) {
					names.add(name);
				}
			}
		}
		return names.isEmpty() ? List.of("q") : names;
	}

	/**
	 * Request targets for one endpoint: each path variable in turn replaced by each
	 * token, the others by plain values; each parameter (GET) given each token; a
	 * malformed parameter name.
	 */
	private static List<String> targets(Endpoint endpoint, String creditCode) {
		List<String> targets = new ArrayList<>();
		Matcher variables = VARIABLE.matcher(endpoint.pattern());
		List<String> names = new ArrayList<>();
		while (variables.find()) {
			names.add(variables.group(1));
		}
		// Tomcat refuses malformed paths and parameters before any controller, the same
		// way for all: they are sent to the first variable and parameter only
		for (int i = 0; i < names.size(); i++) {
			List<String> tokens = new ArrayList<>((i == 0) ? MALFORMED : List.of());
			tokens.addAll(ODD);
			tokens.addAll(PATH_ONLY);
			for (String token : tokens) {
				targets.add(path(endpoint.pattern(), names.get(i), token, creditCode));
			}
		}
		String plain = path(endpoint.pattern(), null, null, creditCode);
		for (int i = 0; i < endpoint.parameters().size(); i++) {
			List<String> tokens = new ArrayList<>((i == 0) ? MALFORMED : List.of());
			if (endpoint.method().equals("GET")) {
				tokens.addAll(ODD);
			}
			for (String token : tokens) {
				targets.add(plain + "?" + endpoint.parameters().get(i) + "=" + token);
			}
		}
		targets.add(plain + "?%ff=1&" + endpoint.parameters().get(0) + "=1");
		return targets;
	}

	private static String path(String pattern, String fuzzed, String token, String creditCode) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = name.equals(fuzzed) ? token : plainValue(name, creditCode);
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		return path.toString();
	}

	private static String plainValue(String variable, String creditCode) {
		String name = variable.toLowerCase(Locale.ROOT);
		if (name.equals("creditcode")) {
			return creditCode;
		}
		if (name.equals("extension")) {
			return "pdf";
		}
		return "1";
	}

	private void check(String method, String target, String formBody, List<String> failures) {
		Response response;
		try {
			response = send(method, target, formBody);
		}
		catch (IOException ex) {
			failures.add(method + " " + abbreviated(target) + " -> " + ex);
			return;
		}
		String request = method + " " + abbreviated(target) + ((formBody != null) ? " body " + formBody : "");
		if (response.status() >= 500 || response.status() < 100) {
			failures.add(request + " -> " + response.status());
		}
		else if (response.status() == 400 && target.startsWith("/api/") && target.length() < 16_000
				&& !response.contentType().startsWith("application/json")) {
			failures.add(request + " -> 400 as " + response.contentType());
		}
	}

	/** One request, byte for byte as given, on its own connection. */
	private Response send(String method, String target, String formBody) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			byte[] body = (formBody != null) ? formBody.getBytes(StandardCharsets.US_ASCII) : new byte[0];
			StringBuilder head = new StringBuilder(method).append(' ')
				.append(target)
				.append(" HTTP/1.1\r\nHost: localhost\r\nAccept: ")
				.append(target.startsWith("/api/") ? "application/json" : "text/html")
				.append("\r\nConnection: close\r\n");
			if (formBody != null || method.equals("POST")) {
				head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
					.append(body.length)
					.append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			return Response.read(socket.getInputStream());
		}
	}

	private static String abbreviated(String target) {
		return (target.length() > 120) ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
	}

	private record Endpoint(String method, String pattern, List<String> parameters) {
	}

	private record Response(int status, String contentType) {

		static Response read(InputStream in) throws IOException {
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int previous = -1;
			int current;
			int newlines = 0;
			while ((current = in.read()) != -1) {
				head.write(current);
				if (current == '\n') {
					newlines = (previous == '\r' || previous == '\n') ? newlines + 1 : 1;
					if (newlines == 2) {
						break;
					}
				}
				else if (current != '\r') {
					newlines = 0;
				}
				previous = current;
			}
			in.transferTo(OutputStream.nullOutputStream());
			String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
			String[] statusLine = lines[0].split(" ");
			int status = (statusLine.length > 1) ? Integer.parseInt(statusLine[1]) : 0;
			String contentType = "";
			for (String line : lines) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					contentType = line.substring("content-type:".length()).trim();
				}
			}
			return new Response(status, contentType);
		}

	}

}
