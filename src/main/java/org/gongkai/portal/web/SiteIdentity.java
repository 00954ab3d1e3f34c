package org.gongkai.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.platform.web.DisplayPreference;
import org.gongkai.portal.SiteProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every page's header and footer show about the site, read in the layout as
 * {@code @site}: the installation's identity ({@link SiteProperties}) and the switch
 * between the standard and the large-text display mode, which returns to the page it was
 * clicked on.
 */
@Component("site")
class SiteIdentity {

	private final SiteProperties properties;

	SiteIdentity(SiteProperties properties) {
		this.properties = properties;
	}

	public SiteProperties identity() {
		return this.properties;
	}

	/** Whether the current request is in the large-text, high-contrast mode. */
	public boolean elder() {
		HttpServletRequest request = current();
		return request != null && DisplayPreference.elder(request);
	}

	/** The address that switches to the other display mode and comes back here. */
	public String displaySwitch() {
		HttpServletRequest request = current();
		String back = "/";
		if (request != null && "GET".equals(request.getMethod())) {
			String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
			back = (uri != null) ? uri : request.getRequestURI();
			String context = request.getContextPath();
			if (!context.isEmpty() && back.startsWith(context)) {
				back = back.substring(context.length());
			}
			String query = request.getQueryString();
			if (uri == null && query != null) {
				back = back + "?" + query;
			}
		}
		return "/display?mode=" + (elder() ? DisplayController.STANDARD : DisplayPreference.ELDER) + "&back="
				+ URLEncoder.encode(back, StandardCharsets.UTF_8);
	}

	private static HttpServletRequest current() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
