package org.gongkai.mailbox;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing one letter's query code from many addresses: the look-ups of one tracking
 * number are limited per hour whoever asks
 * ({@code gongkai.mailbox.lookups-per-number-per-hour}, default 20), on the tracking page
 * and the API alike.
 */
@GongkaiTest
class LetterNumberLimitTests {

	static final String NUMBER = "XJ-2026-1-77777";

	@Autowired
	MockMvc mvc;

	@Test
	void guessingOneNumbersCodeFromManyAddressesIsRefusedWithAChineseMessage() throws Exception {
		for (int i = 0; i < 20; i++) {
			String address = "198.51.100." + (i + 1);
			if (i % 2 == 0) {
				this.mvc.perform(get("/api/v1/letters/" + NUMBER).param("code", "GUESS" + i).with((r) -> {
					r.setRemoteAddr(address);
					return r;
				})).andExpect(status().isNotFound());
			}
			else {
				this.mvc.perform(post("/mailbox/track").with(csrf()).with((r) -> {
					r.setRemoteAddr(address);
					return r;
				}).param("trackingNo", NUMBER.toLowerCase()).param("code", "GUESS" + i))
					.andExpect(status().isNotFound());
			}
		}
		this.mvc.perform(get("/api/v1/letters/" + NUMBER).param("code", "GUESS").with((r) -> {
			r.setRemoteAddr("198.51.100.200");
			return r;
		}))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("mailbox.track.number-too-many"))
			.andExpect(jsonPath("$.error", containsString("次数过多")));
		this.mvc.perform(post("/mailbox/track").with(csrf()).with((r) -> {
			r.setRemoteAddr("198.51.100.201");
			return r;
		}).param("trackingNo", " " + NUMBER + " ").param("code", "GUESS"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("这个信件编号近一小时内被查询的次数过多")));
		// another number from the same addresses is not affected
		this.mvc.perform(get("/api/v1/letters/XJ-2026-1-77778").param("code", "GUESS").with((r) -> {
			r.setRemoteAddr("198.51.100.200");
			return r;
		})).andExpect(status().isNotFound());
	}

}
