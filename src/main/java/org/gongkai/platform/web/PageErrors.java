package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps exceptions from page controllers to the Chinese error pages (templates/error/*),
 * without stack traces.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(Exception ex, HttpServletResponse response) {
		log.info("Page not found: {}", ex.getMessage());
		response.setStatus(404);
		return new ModelAndView("error/404");
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex, HttpServletResponse response) {
		log.info("Page forbidden: {}", ex.getMessage());
		response.setStatus(403);
		return new ModelAndView("error/403");
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex, HttpServletResponse response) {
		log.info("Rule violation on a page: {}", ex.getMessage());
		response.setStatus(400);
		ModelAndView view = new ModelAndView("error/4xx");
		view.addObject("messageKey", ex.messageKey());
		view.addObject("messageArguments", ex.arguments());
		return view;
	}

}
