package org.gongkai.mailbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.mailbox.letter.LetterWorklists;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the signed-in clerk's letter reminders on the back office's start page
 * ({@code /admin}, rendered by the account module, which must not depend on this one).
 */
@Configuration(proxyBeanMethods = false)
class AdminHomeLetters implements WebMvcConfigurer {

	private final LetterWorklists worklists;

	AdminHomeLetters(LetterWorklists worklists) {
		this.worklists = worklists;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && "admin/home".equals(view.getViewName())) {
					view.addObject("letterReminders", AdminHomeLetters.this.worklists.reminders());
				}
			}

		}).addPathPatterns("/admin");
	}

}
