package org.gongkai.annualreport;

/**
 * The sections people write.
 *
 * @param overview 一、总体情况
 * @param problems 五、存在的主要问题及改进情况
 * @param otherMatters 六、其他需要报告的事项 (including the fees charged)
 */
public record Narrative(String overview, String problems, String otherMatters) {

	/** Whether every section has text. */
	public boolean complete() {
		return filled(this.overview) && filled(this.problems) && filled(this.otherMatters);
	}

	private static boolean filled(String text) {
		return text != null && !text.isBlank();
	}

}
