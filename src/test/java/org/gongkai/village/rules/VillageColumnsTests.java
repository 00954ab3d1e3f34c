package org.gongkai.village.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A column of the village catalogue is known by its code's prefix. */
class VillageColumnsTests {

	@Test
	void aVillageColumnsCodeStartsWithVl() {
		assertThat(VillageColumns.villageColumn("vl-finance")).isTrue();
		assertThat(VillageColumns.villageColumn("vl-")).isTrue();
		assertThat(VillageColumns.villageColumn("art20-07")).isFalse();
		assertThat(VillageColumns.villageColumn("xvl-finance")).isFalse();
		assertThat(VillageColumns.villageColumn("")).isFalse();
		assertThat(VillageColumns.villageColumn(null)).isFalse();
	}

}
