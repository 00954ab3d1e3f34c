package org.gongkai.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The body of an error Tomcat answers before the application sees the request: a path it
 * cannot decode ({@code /api/v1/%ff}, {@code %00}, {@code %2f}, {@code %zz}), a request
 * line or header over the size limit. Instead of Tomcat's English page: the
 * {@link ApiError} JSON under {@code /api/}, a plain Chinese page elsewhere, never server
 * details. Every other error is rendered by the application's error page
 * ({@link ChineseErrorAttributes}) and never reaches this valve's report.
 */
class ChineseErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ChineseErrorReportValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String key = ChineseErrorAttributes.messageKey(status);
		String text = message(key);
		try {
			String body;
			if (isApi(request)) {
				response.setContentType("application/json");
				body = JSON.writeValueAsString(new ApiError(status, text, key, null));
			}
			else {
				response.setContentType("text/html");
				body = page(text, (status == 400) ? message("error.address-invalid") : null);
			}
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response already committed: nothing to report to
		}
	}

	private String page(String title, String text) {
		String escaped = HtmlUtils.htmlEscape(title);
		String paragraph = (text != null) ? "<p>" + HtmlUtils.htmlEscape(text) + "</p>" : "";
		return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escaped
				+ "</title><link rel=\"stylesheet\" href=\"/css/gongkai.css\"></head>\n<body><main id=\"main\" class=\"wrap\"><h1>"
				+ escaped + "</h1>" + paragraph + "<p><a href=\"/\">" + HtmlUtils.htmlEscape(message("error.back-home"))
				+ "</a></p></main></body></html>\n";
	}

	private static boolean isApi(Request request) {
		// the raw request target: it may be impossible to decode
		String uri = request.getCoyoteRequest().requestURI().toString();
		return uri != null && uri.startsWith("/api/");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, Locale.CHINA);
	}

}
