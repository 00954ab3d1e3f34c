package org.gongkai.platform.web;

import java.util.Locale;
import java.util.Map;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the multipart limits fails before any controller is chosen (MockMvc
 * cannot produce that: it never enforces the limits), so the handler is called as the
 * dispatcher would, and its page is rendered: 413 and Chinese, JSON under /api/.
 */
@GongkaiTest
class MultipartLimitTests {

	@Autowired
	PageErrors errors;

	@Autowired
	ViewResolver viewResolver;

	@Test
	void anUploadOverTheMultipartLimitGetsTheChinese413Page() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/publications/1/attachments");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView view = this.errors.tooLarge(new MaxUploadSizeExceededException(21L * 1024 * 1024), request,
				response);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(view.getViewName()).isEqualTo("error/4xx");
		assertThat(view.getModel()).containsEntry("messageKey", "error.too-large");
		page("error/4xx", request).render(view.getModel(), request, response);
		assertThat(response.getContentAsString()).contains("上传的内容过大").doesNotContain("Exception");
	}

	@Test
	void theErrorPageOfA413RefusedByTomcatSaysTheFileWasTooLarge() throws Exception {
		// Tomcat refuses a body over the multipart limits while the CSRF filter reads the
		// form; the error page then has only the status
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/publications/1/attachments");
		MockHttpServletResponse response = new MockHttpServletResponse();
		page("error/4xx", request).render(Map.of("status", 413, "error", "上传的内容过大"), request, response);
		assertThat(response.getContentAsString()).contains("上传的文件超过了系统允许的大小，未保存");
	}

	@Test
	void anApiUploadOverTheLimitGetsChineseJson() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/anything");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView view = this.errors.tooLarge(new MaxUploadSizeExceededException(1), request, response);
		assertThat(response.getStatus()).isEqualTo(413);
		view.getView().render(view.getModel(), request, response);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getContentAsString()).contains("\"status\":413", "上传的内容过大", "\"code\":\"error.too-large\"");
		assertThat(view.getModel()).isInstanceOf(Map.class);
	}

	/**
	 * Resolves a view as the dispatcher does, with the request bound to the thread (the
	 * content negotiation reads it there).
	 */
	private View page(String name, MockHttpServletRequest request) throws Exception {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return this.viewResolver.resolveViewName(name, Locale.CHINA);
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

}
