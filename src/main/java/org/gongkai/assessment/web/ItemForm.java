package org.gongkai.assessment.web;

import java.util.List;

import org.gongkai.assessment.ItemInput;
import org.gongkai.assessment.ItemView;

/** An item of a scheme as typed. */
record ItemForm(String section, String title, String maxPoints, String method, List<String> rules, String perFinding,
		String cap) {

	static ItemForm empty() {
		return new ItemForm("", "", "", "MANUAL", List.of(), "", "");
	}

	static ItemForm of(ItemView item) {
		return new ItemForm(item.section(), item.title(), item.max(), item.method().name(), item.rules(),
				item.computed() ? item.per() : "", item.computed() ? item.capText() : "");
	}

	ItemInput input() {
		return new ItemInput(this.section, this.title, this.maxPoints, this.method,
				(this.rules != null) ? this.rules : List.of(), this.perFinding, this.cap);
	}

	/** Whether a rule is ticked. */
	boolean has(String rule) {
		return this.rules != null && this.rules.contains(rule);
	}

}
