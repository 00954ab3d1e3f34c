package org.gongkai.powers;

/**
 * The kinds of administrative power a list groups its powers by (the usual ten of the
 * provinces' catalogues); their Chinese labels are {@code powers.type.<NAME>}.
 */
public enum PowerType {

	/** 行政许可 */
	LICENSING("行政许可"),
	/** 行政处罚 */
	PENALTY("行政处罚"),
	/** 行政强制 */
	COERCION("行政强制"),
	/** 行政征收 */
	LEVY("行政征收"),
	/** 行政给付 */
	BENEFIT("行政给付"),
	/** 行政检查 */
	INSPECTION("行政检查"),
	/** 行政确认 */
	CONFIRMATION("行政确认"),
	/** 行政奖励 */
	REWARD("行政奖励"),
	/** 行政裁决 */
	ADJUDICATION("行政裁决"),
	/** 其他行政权力 */
	OTHER("其他行政权力");

	private final String label;

	PowerType(String label) {
		this.label = label;
	}

	/** The Chinese name, as an imported list writes it. */
	public String label() {
		return this.label;
	}

	/**
	 * The type named by its constant or its Chinese label (spaces ignored), or
	 * {@code null}.
	 */
	public static PowerType of(String text) {
		if (text == null) {
			return null;
		}
		String plain = text.strip().replace(" ", "");
		for (PowerType type : values()) {
			if (type.name().equals(plain) || type.label.equals(plain)) {
				return type;
			}
		}
		return null;
	}

}
