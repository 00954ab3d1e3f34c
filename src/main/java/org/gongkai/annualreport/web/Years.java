package org.gongkai.annualreport.web;

import org.gongkai.platform.NotFoundException;

/** Year path segments: four digits, else not found. */
final class Years {

	private Years() {
	}

	static int parse(String text) {
		if (text == null || !text.matches("\\d{4}")) {
			throw new NotFoundException("Not a year: " + text);
		}
		return Integer.parseInt(text);
	}

}
