package org.gongkai.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Refuses requests that are malformed before anything else reads them, so every
 * controller, filter and error handler sees only well-formed requests.
 *
 * <p>
 * Tomcat decodes the parameters (query string, form body, multipart parts) on first use
 * and throws when it cannot: invalid UTF-8 ({@code %ff}, overlong {@code %c0%af}, lone
 * surrogates), a bad escape ({@code %zz}), too many parameters, or a file name holding
 * NUL. Thrown inside a controller or the CSRF filter, that became a 500 with a stack
 * trace; here the parameters are parsed first and a failure answers with its 4xx through
 * the error page ({@link ChineseErrorAttributes}: Chinese page, or JSON under
 * {@code /api/}), logged at WARN without a trace.
 *
 * <p>
 * A direct request for the error page itself ({@code GET /error}) has no error to show:
 * it answers 400 too, instead of the 500 the error controller gives a request without an
 * error status.
 *
 * <p>
 * Runs right after the character encoding filter (which must come first: it sets the
 * encoding the parameters are decoded with) and before Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequestFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

	/**
	 * Decodes the path and drops {@code ;} parameters: {@code /%65rror;x=1} is /error.
	 */
	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final String errorPath;

	MalformedRequestFilter(@Value("${server.error.path:${error.path:/error}}") String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.errorPath.equals(PATHS.getPathWithinApplication(request))) {
			log.warn("Direct request for the error page refused: {} {}", request.getMethod(), printable(request));
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (InvalidFileNameException ex) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, ChineseErrorAttributes.FILE_NAME_INVALID, ex);
			return;
		}
		catch (InvalidParameterException ex) {
			int status = ex.getErrorCode();
			refuse(request, response, (status >= 400 && status < 500) ? status : HttpServletResponse.SC_BAD_REQUEST,
					null, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
			RuntimeException ex) throws IOException {
		log.warn("Malformed request refused ({}): {} {}: {}", status, request.getMethod(), printable(request),
				printable(ex.getMessage()));
		if (messageKey != null) {
			request.setAttribute(ChineseErrorAttributes.MESSAGE_KEY, messageKey);
		}
		response.sendError(status);
	}

	private static String printable(HttpServletRequest request) {
		return printable(request.getRequestURI());
	}

	/** Log text without line breaks or other control characters (no forged lines). */
	private static String printable(String text) {
		if (text == null) {
			return "";
		}
		String clean = text.replaceAll("\\p{Cntrl}", "?");
		return (clean.length() > 300) ? clean.substring(0, 300) + "…" : clean;
	}

}
