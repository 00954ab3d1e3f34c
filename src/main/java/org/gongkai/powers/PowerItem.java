package org.gongkai.powers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A power as stored in a version (table {@code pow_item}). */
@Embeddable
class PowerItem {

	@Column(name = "item_key")
	private String key;

	@Column(name = "power_type")
	private String type;

	private String code;

	private String name;

	@Column(name = "legal_basis")
	private String legalBasis;

	@Column(name = "responsible_unit")
	private String unit;

	private String process;

	private String duties;

	private String accountability;

	private String supervision;

	private String phone;

	protected PowerItem() {
	}

	PowerItem(String key, PowerType type, String code, String name, String legalBasis, String unit, String process,
			String duties, String accountability, String supervision, String phone) {
		this.key = key;
		this.type = type.name();
		this.code = code;
		this.name = name;
		this.legalBasis = legalBasis;
		this.unit = unit;
		this.process = process;
		this.duties = duties;
		this.accountability = accountability;
		this.supervision = supervision;
		this.phone = phone;
	}

	/** A copy for another version, with the same key. */
	PowerItem copy() {
		return new PowerItem(this.key, type(), this.code, this.name, this.legalBasis, this.unit, this.process,
				this.duties, this.accountability, this.supervision, this.phone);
	}

	String key() {
		return this.key;
	}

	PowerType type() {
		return PowerType.valueOf(this.type);
	}

	String code() {
		return nonNull(this.code);
	}

	String name() {
		return this.name;
	}

	PowerView view() {
		return new PowerView(this.key, type(), nonNull(this.code), this.name, this.legalBasis, this.unit,
				nonNull(this.process), this.duties, this.accountability, nonNull(this.supervision), this.phone);
	}

	/** The fields the change note compares, by name, in the order it names them. */
	java.util.Map<String, String> fields() {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("type", this.type);
		fields.put("code", this.code);
		fields.put("name", this.name);
		fields.put("legalBasis", this.legalBasis);
		fields.put("unit", this.unit);
		fields.put("process", this.process);
		fields.put("duties", this.duties);
		fields.put("accountability", this.accountability);
		fields.put("supervision", this.supervision);
		fields.put("phone", this.phone);
		return fields;
	}

	private static String nonNull(String text) {
		return (text == null) ? "" : text;
	}

}
