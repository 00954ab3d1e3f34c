package org.gongkai.inspection;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.inspection.rules.Wording;

import org.springframework.stereotype.Component;

/**
 * The configured wording lists ({@code gongkai.inspection.terms}, {@code leaders},
 * {@code sensitive-words}) as the rules for one agency: the county-wide lists and the
 * leader lines of that agency.
 */
@Component
class InspectionWording {

	private final InspectionProperties properties;

	InspectionWording(InspectionProperties properties) {
		this.properties = properties;
	}

	Wording forAgency(String creditCode) {
		List<String> leaders = new ArrayList<>();
		for (String line : this.properties.leaders()) {
			int bar = line.indexOf('|');
			if (bar < 0) {
				leaders.add(line);
			}
			else if (line.substring(0, bar).strip().equalsIgnoreCase(creditCode)) {
				leaders.add(line.substring(bar + 1));
			}
		}
		List<String> sensitive = this.properties.sensitiveWords()
			.stream()
			.map((w) -> w.replace("→", "").replace("->", ""))
			.toList();
		return Wording.parse(this.properties.terms(), Wording.Kind.TERM)
			.and(Wording.parse(leaders, Wording.Kind.LEADER))
			.and(Wording.parse(sensitive, Wording.Kind.SENSITIVE));
	}

}
