package org.gongkai.worksummary;

import org.gongkai.platform.WorkFigure;

/**
 * A figure as the pages and documents show it.
 *
 * @param figure the figure as its source gave it
 * @param label its Chinese label (the key itself when the label is missing)
 * @param text the value with its unit (「12条」, 「95.0%」)
 * @param part whether it is a part of the figure before it (「其中…」)
 */
public record FigureLine(WorkFigure figure, String label, String text, boolean part) {

	public String key() {
		return this.figure.key();
	}

	public String href() {
		return this.figure.href();
	}

	public WorkFigure.Section section() {
		return this.figure.section();
	}

}
