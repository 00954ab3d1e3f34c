package org.gongkai.request.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.RateLimits;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.delivery.DeliveredInformation;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The applicant's download of a delivered file from the tracking page, with the tracking
 * number and query code (a form post, so the code stays out of the address). Only a
 * released (partial) disclosure delivers files; every attempt counts against the tracking
 * rate limits, and a wrong code, a file of another case and a case not released give the
 * same 404.
 */
@Controller
class DeliveredPublicController {

	private final DeliveredInformation delivered;

	private final RateLimits limits;

	private final RequestProperties properties;

	DeliveredPublicController(DeliveredInformation delivered, RateLimits limits, RequestProperties properties) {
		this.delivered = delivered;
		this.limits = limits;
		this.properties = properties;
	}

	@PostMapping("/requests/track/delivered/{fileId}")
	ModelAndView download(@PathVariable long fileId, @RequestParam(defaultValue = "") String trackingNo,
			@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		return TrackingDownloads.send(this.limits, this.properties, trackingNo,
				() -> DeliveryAdminController.file(this.delivered.releasedFile(trackingNo, code, fileId)), request,
				response);
	}

}
