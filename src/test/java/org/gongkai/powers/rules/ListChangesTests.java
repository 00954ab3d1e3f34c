package org.gongkai.powers.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change note between two versions: added, changed (with the fields) and removed by
 * key, order no change, empty and missing values alike.
 */
class ListChangesTests {

	static ListChanges.Entry entry(String key, String name, String... fields) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("name", name);
		for (int i = 0; i + 1 < fields.length; i += 2) {
			map.put(fields[i], fields[i + 1]);
		}
		return new ListChanges.Entry(key, name, map);
	}

	@Test
	void aNewKeyIsAddedAGoneKeyRemovedAndADifferentFieldChanged() {
		ListChanges.Changes changes = ListChanges.compare(
				List.of(entry("a", "许可", "basis", "法一"), entry("b", "处罚", "basis", "法二"), entry("c", "检查")),
				List.of(entry("a", "许可", "basis", "法一（修正）"), entry("d", "奖励"), entry("c", "检查")));
		assertThat(changes.added()).containsExactly("奖励");
		assertThat(changes.removed()).containsExactly("处罚");
		assertThat(changes.changed()).containsExactly(new ListChanges.Changed("许可", "许可", List.of("basis")));
		assertThat(changes.none()).isFalse();
	}

	@Test
	void aRenameIsAChangeOfTheNameNotARemovalAndAnAddition() {
		ListChanges.Changes changes = ListChanges.compare(List.of(entry("a", "旧名")), List.of(entry("a", "新名")));
		assertThat(changes.added()).isEmpty();
		assertThat(changes.removed()).isEmpty();
		assertThat(changes.changed()).containsExactly(new ListChanges.Changed("新名", "旧名", List.of("name")));
	}

	@Test
	void orderEmptyAndMissingValuesAndSurroundingSpaceAreNoChange() {
		ListChanges.Changes changes = ListChanges.compare(
				List.of(entry("a", "甲", "code", null, "process", " 流程 "), entry("b", "乙")),
				List.of(entry("b", "乙"), entry("a", "甲", "code", "", "process", "流程")));
		assertThat(changes.none()).isTrue();
		assertThat(changes.changed()).isEmpty();
	}

	@Test
	void aFieldOnlyOneSideHasCountsWhenItHasAValue() {
		assertThat(ListChanges.differing(Map.of("x", "1"), Map.of())).containsExactly("x");
		assertThat(ListChanges.differing(Map.of(), Map.of("y", "2"))).containsExactly("y");
		assertThat(ListChanges.differing(Map.of("x", ""), Map.of())).isEmpty();
	}

	@Test
	void changedFieldsFollowTheNewerEntrysOrderAndEveryListKeepsItsOrder() {
		ListChanges.Changes changes = ListChanges.compare(
				List.of(entry("a", "甲", "p", "1", "q", "1"), entry("r1", "删一"), entry("r2", "删二"),
						entry("b", "乙", "p", "1")),
				List.of(entry("n1", "增一"), entry("b", "乙", "p", "2"), entry("a", "甲", "q", "2", "p", "2"),
						entry("n2", "增二")));
		assertThat(changes.added()).containsExactly("增一", "增二");
		assertThat(changes.removed()).containsExactly("删一", "删二");
		assertThat(changes.changed()).extracting(ListChanges.Changed::name).containsExactly("乙", "甲");
		assertThat(changes.changed().get(1).fields()).containsExactly("q", "p");
	}

	@Test
	void nothingComparedWithNothingIsNoChangeAndEverythingIsAddedToNothing() {
		assertThat(ListChanges.compare(List.of(), List.of()).none()).isTrue();
		ListChanges.Changes first = ListChanges.compare(List.of(), List.of(entry("a", "甲")));
		assertThat(first.added()).containsExactly("甲");
		assertThat(first.none()).isFalse();
		ListChanges.Changes emptied = ListChanges.compare(List.of(entry("a", "甲")), List.of());
		assertThat(emptied.removed()).containsExactly("甲");
		assertThat(emptied.none()).isFalse();
		ListChanges.Changes changedOnly = ListChanges.compare(List.of(entry("a", "甲", "p", "1")),
				List.of(entry("a", "甲", "p", "2")));
		assertThat(changedOnly.none()).isFalse();
	}

}
