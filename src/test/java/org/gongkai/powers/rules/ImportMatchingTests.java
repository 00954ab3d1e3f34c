package org.gongkai.powers.rules;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An imported row continues the power with its code, else the one with its type and name;
 * each power at most once; otherwise the row is new.
 */
class ImportMatchingTests {

	static ImportMatching.Power known(String key, String code, String type, String name) {
		return new ImportMatching.Power(key, code, type, name);
	}

	static ImportMatching.Power row(String code, String type, String name) {
		return new ImportMatching.Power(null, code, type, name);
	}

	@Test
	void aCodeMatchesWhateverTheNameAndTypeAndNameMatchWithoutACode() {
		List<ImportMatching.Power> existing = List.of(known("k1", "XK-1", "LICENSING", "宅基地审批"),
				known("k2", "", "PENALTY", "违法建设处罚"), known("k3", null, "OTHER", "选举指导"));
		List<String> keys = ImportMatching.keys(existing, List.of(row("XK-1", "LICENSING", "农村村民宅基地审批"),
				row("", "PENALTY", " 违法建设处罚 "), row("", "INSPECTION", "选举指导"), row("QT-9", "OTHER", "选举指导")));
		assertThat(keys).containsExactly("k1", "k2", null, "k3");
	}

	@Test
	void aNewCodeFallsBackToTypeAndNameAndAnUnknownRowIsNew() {
		List<ImportMatching.Power> existing = List.of(known("k1", "XK-1", "LICENSING", "宅基地审批"));
		assertThat(ImportMatching.keys(existing, List.of(row("XK-2", "LICENSING", "宅基地审批")))).containsExactly("k1");
		assertThat(ImportMatching.keys(existing, List.of(row("XK-2", "LICENSING", "规划许可"))))
			.containsExactly((String) null);
		assertThat(ImportMatching.keys(existing, List.of(row("", "PENALTY", "宅基地审批")))).containsExactly((String) null);
		assertThat(ImportMatching.keys(existing, List.of(row(null, "LICENSING", "宅基地审批")))).containsExactly("k1");
		assertThat(ImportMatching.keys(existing, List.of(row("  ", "LICENSING", "宅基地审批")))).containsExactly("k1");
	}

	@Test
	void eachPowerIsContinuedOnceByTheFirstRowThatMatches() {
		List<ImportMatching.Power> existing = List.of(known("k1", "XK-1", "LICENSING", "甲"),
				known("k2", "XK-2", "LICENSING", "甲"));
		assertThat(ImportMatching.keys(existing,
				List.of(row("XK-1", "LICENSING", "甲"), row("XK-1", "LICENSING", "甲"), row("XK-1", "LICENSING", "甲"))))
			.isEqualTo(Arrays.asList("k1", "k2", null));
		assertThat(ImportMatching.keys(existing, List.of(row("", "LICENSING", "甲"), row(" XK-1 ", "LICENSING", "乙"))))
			.isEqualTo(Arrays.asList("k1", null));
	}

	@Test
	void nothingExistingMakesEveryRowNew() {
		assertThat(ImportMatching.keys(List.of(), List.of(row("A", "OTHER", "甲"), row("", "OTHER", "乙"))))
			.isEqualTo(Arrays.asList(null, null));
	}

}
