package org.gongkai.fiscal;

import java.io.IOException;

/** The household list of the browser journey (the builder is package-private). */
public final class FiscalJourneyFiles {

	public static final String FIRST_ID = Households.id(11);

	private FiscalJourneyFiles() {
	}

	public static byte[] householdList() throws IOException {
		return Households.list()
			.add("柳湾村", "张建国", FIRST_ID, "耕地地力保护补贴", "250.00")
			.add("新街社区", "王秀英", Households.id(22), "耕地地力保护补贴", "375.50")
			.add("柳湾村", "李春生", Households.id(33), "耕地地力保护补贴", "125")
			.xlsx();
	}

}
