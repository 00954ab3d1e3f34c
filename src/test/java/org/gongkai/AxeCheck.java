package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the {@code axe.min.js} bundled in the test-scoped Maven artifact
 * {@code com.deque.html.axe-core:selenium}, so the build needs no npm) in the page a
 * JavaScript-enabled browser shows ({@link Chromium#sharedWithJavaScript()}), with the
 * WCAG 2.x A and AA rules, and lists the serious and critical violations.
 */
public final class AxeCheck {

	private static final String SCRIPT = load();

	private AxeCheck() {
	}

	/**
	 * The serious and critical violations of the page now shown, one line each (rule,
	 * impact, the first offending elements); empty when there are none.
	 */
	public static List<String> seriousViolations(WebDriver browser) {
		browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(SCRIPT);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
				    resultTypes: ['violations'] })
				  .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact,
				    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')) }))))
				  .catch((e) => done([{ id: 'axe-error', impact: 'critical', targets: [String(e)] }]));
				""");
		List<String> serious = new ArrayList<>();
		for (Object o : (List<?>) result) {
			Map<?, ?> violation = (Map<?, ?>) o;
			Object impact = violation.get("impact");
			if ("serious".equals(impact) || "critical".equals(impact)) {
				serious.add(violation.get("id") + " (" + impact + "): " + violation.get("targets"));
			}
		}
		return serious;
	}

	private static String load() {
		try (InputStream in = AxeCheck.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js missing: com.deque.html.axe-core:selenium (test scope)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read axe.min.js", ex);
		}
	}

}
