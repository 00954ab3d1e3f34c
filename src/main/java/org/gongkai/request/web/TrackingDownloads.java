package org.gongkai.request.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.RequestProperties;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * A download button of the tracking page (a released letter, a delivered file), posted
 * with the tracking number and query code: counted against the tracking rate limits, and
 * answered with the file, or with the tracking page and the reason (404 for a wrong
 * number or code, 429 over the rate, a rule's 4xx such as a download the applicant did
 * not choose).
 */
final class TrackingDownloads {

	private TrackingDownloads() {
	}

	/**
	 * @param file the download, throwing {@link NotFoundException} for a wrong number or
	 * code or a file not released
	 * @return {@code null} once the file is written, else the tracking page
	 */
	static ModelAndView send(RateLimits limits, RequestProperties properties, String trackingNo,
			Supplier<ResponseEntity<byte[]>> file, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ModelAndView page = new ModelAndView("request/track");
		page.addObject("trackingNo", trackingNo);
		String refused = ClientAddress.refusedLookup(limits, properties, request, trackingNo);
		if (refused != null) {
			response.setStatus(429);
			page.addObject("errorKey", refused);
			return page;
		}
		ResponseEntity<byte[]> entity;
		try {
			entity = file.get();
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			page.addObject("errorKey", "request.track.not-found");
			return page;
		}
		catch (RuleViolationException ex) {
			response.setStatus(ex.status());
			page.addObject("errorKey", ex.messageKey());
			return page;
		}
		byte[] body = entity.getBody();
		entity.getHeaders().forEach((name, values) -> values.forEach((v) -> response.addHeader(name, v)));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		return null;
	}

}
