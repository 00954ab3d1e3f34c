package org.gongkai.account.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.account.SignInCaptcha;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page, with a CAPTCHA question after a few failed sign-ins of the name
 * last tried in this browser; Spring Security handles the POST.
 */
@Controller
class LoginController {

	private final SignInCaptcha captcha;

	LoginController(SignInCaptcha captcha) {
		this.captcha = captcha;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		this.captcha.challenge(request).ifPresent((question) -> model.addAttribute("captchaQuestion", question));
		return "account/login";
	}

}
