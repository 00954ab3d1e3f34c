package org.gongkai.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongkai.assessment.rules.PeriodKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The sample scheme that ships with Gongkai ({@code assessment/sample-scheme.json}),
 * after the structure of county practice: work mechanism, financial special funds,
 * organisation and staffing, timeliness, interaction, disclosure on request, the annual
 * report and the website check's vetoes. Loaded into the database for an office when it
 * asks (and in demo mode), then edited like any scheme.
 */
@Component
class SampleScheme {

	static final String RESOURCE = "assessment/sample-scheme.json";

	private final MessageSource messages;

	SampleScheme(MessageSource messages) {
		this.messages = messages;
	}

	Sample read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<SampleItem> items = new ArrayList<>();
			for (JsonNode section : root.get("sections")) {
				for (JsonNode item : section.get("items")) {
					List<String> rules = new ArrayList<>();
					if (item.has("rules")) {
						item.get("rules").forEach((r) -> rules.add(r.asString()));
					}
					ScoringMethod method = ScoringMethod.valueOf(item.get("method").asString());
					boolean computed = method == ScoringMethod.COMPUTED;
					items.add(new SampleItem(new ItemData(section.get("name").asString(), item.get("title").asString(),
							new BigDecimal(item.get("max").asString()), method, rules,
							computed ? new BigDecimal(item.get("per").asString()) : null,
							computed ? new BigDecimal(item.get("cap").asString()) : null)));
				}
			}
			List<SampleVeto> vetoes = new ArrayList<>();
			for (JsonNode veto : root.get("vetoes")) {
				JsonNode rule = veto.get("rule");
				vetoes.add(new SampleVeto(veto.get("title").asString(),
						(rule == null || rule.isNull()) ? null : rule.asString(), veto.get("ceiling").asString()));
			}
			return new Sample(root.get("name").asString(), items, vetoes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The sample scheme " + RESOURCE + " cannot be read", ex);
		}
	}

	/**
	 * The name of a scheme loaded from the sample: {@code 2026年度 …}, {@code 2026年季度 …}.
	 */
	String name(Sample sample, PeriodKind kind, int year) {
		return this.messages.getMessage("assessment.sample.name",
				new Object[] { String.valueOf(year),
						this.messages.getMessage("assessment.kind." + kind.name(), null, Locale.SIMPLIFIED_CHINESE),
						sample.name() },
				Locale.SIMPLIFIED_CHINESE);
	}

	record Sample(String name, List<SampleItem> items, List<SampleVeto> vetoes) {

	}

	record SampleItem(ItemData data) {

	}

	record SampleVeto(String title, String rule, String ceiling) {

	}

}
