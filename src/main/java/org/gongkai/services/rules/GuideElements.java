package org.gongkai.services.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the ten elements the website check (国办秘函〔2019〕19号, 服务实用: 办事指南要素) asks of a
 * service guide are missing (docs/legal-rules.md, Service guides). An element is missing
 * when it is blank or only a placeholder: {@code 无}, {@code 暂无}, {@code 略}, {@code 待定},
 * {@code 同上}, a dash or slash, or a reference elsewhere ({@code 详见…}, {@code 参见…},
 * {@code 见附件}) that names no document ({@code 《…》}). None of the text elements can be
 * "none": a guide says who may apply, what to bring and how it goes, and a plain
 * {@code 无} does not. The fee alone may be none, but it must be said in words
 * ({@link #FREE}, e.g. 不收费); a bare {@code 无} is ambiguous and counts as missing. The
 * time limit needs both the legal (法定) and the promised (承诺) working days (0 is 即办); the
 * place and time is there when written or when a service point offering the item gives
 * them; the phones need a consultation and a supervision number (at least five digits:
 * 12345 is a number); the forms need one download, or the statement that the item needs
 * no form.
 */
public final class GuideElements {

	/** The fee written as free: complete. */
	public static final Set<String> FREE = Set.of("不收费", "免费", "免收费用", "不收取费用", "不收取任何费用", "无收费", "零收费");

	private static final Set<String> PLACEHOLDERS = Set.of("无", "暂无", "无无", "略", "空", "待定", "待补充", "同上", "见附件", "详见附件",
			"详见", "参见", "n/a", "na", "none", "null", "-", "--", "—", "——", "/", "\\", "…", "...", "？", "?");

	/** The fewest digits a phone number has (12345 has five). */
	static final int MIN_PHONE_DIGITS = 5;

	private GuideElements() {
	}

	/** The ten elements, in the order a guide shows them. */
	public enum Element {

		/** 事项名称. */
		NAME,
		/** 设定依据. */
		BASIS,
		/** 申请条件. */
		CONDITIONS,
		/** 申请材料. */
		MATERIALS,
		/** 办理流程. */
		PROCESS,
		/** 办理时限 (法定 and 承诺). */
		TIME_LIMIT,
		/** 收费标准. */
		FEES,
		/** 办理地点和时间. */
		PLACE_AND_HOURS,
		/** 咨询和监督电话. */
		PHONES,
		/** 表格下载. */
		FORMS

	}

	/**
	 * A guide's elements as stored.
	 *
	 * @param name 事项名称
	 * @param basis 设定依据
	 * @param conditions 申请条件
	 * @param materials 申请材料
	 * @param process 办理流程
	 * @param legalDays 法定办理时限 in working days, or {@code null}
	 * @param promisedDays 承诺办理时限 in working days, or {@code null}
	 * @param fees 收费标准
	 * @param placeAndHours 办理地点和时间 as written in the guide
	 * @param pointsWithPlace how many service points offering the item give their address
	 * and hours
	 * @param consultPhone 咨询电话
	 * @param supervisionPhone 监督电话
	 * @param forms how many forms can be downloaded
	 * @param noFormsNeeded whether the guide states that no form is needed
	 */
	public record Guide(String name, String basis, String conditions, String materials, String process,
			Integer legalDays, Integer promisedDays, String fees, String placeAndHours, int pointsWithPlace,
			String consultPhone, String supervisionPhone, int forms, boolean noFormsNeeded) {

	}

	/** The missing elements, in the guide's order; empty when the guide is complete. */
	public static Set<Element> missing(Guide guide) {
		Set<Element> missing = EnumSet.noneOf(Element.class);
		if (!stated(guide.name())) {
			missing.add(Element.NAME);
		}
		if (!stated(guide.basis())) {
			missing.add(Element.BASIS);
		}
		if (!stated(guide.conditions())) {
			missing.add(Element.CONDITIONS);
		}
		if (!stated(guide.materials())) {
			missing.add(Element.MATERIALS);
		}
		if (!stated(guide.process())) {
			missing.add(Element.PROCESS);
		}
		if (!days(guide.legalDays()) || !days(guide.promisedDays())) {
			missing.add(Element.TIME_LIMIT);
		}
		if (!free(guide.fees()) && !stated(guide.fees())) {
			missing.add(Element.FEES);
		}
		if (guide.pointsWithPlace() <= 0 && !stated(guide.placeAndHours())) {
			missing.add(Element.PLACE_AND_HOURS);
		}
		if (!phone(guide.consultPhone()) || !phone(guide.supervisionPhone())) {
			missing.add(Element.PHONES);
		}
		if (guide.forms() <= 0 && !guide.noFormsNeeded()) {
			missing.add(Element.FORMS);
		}
		return missing;
	}

	/**
	 * Whether a text states something: not blank, not a placeholder, not a reference
	 * elsewhere that names no document.
	 */
	public static boolean stated(String text) {
		String plain = plain(text);
		if (plain.isEmpty() || PLACEHOLDERS.contains(plain.toLowerCase(Locale.ROOT))) {
			return false;
		}
		boolean reference = plain.startsWith("详见") || plain.startsWith("参见") || plain.startsWith("见附件");
		return !reference || plain.contains("《");
	}

	/** Whether the fee is written as free (不收费 and the like). */
	public static boolean free(String fees) {
		return FREE.contains(plain(fees));
	}

	/** Whether a number of working days is given (0 or more). */
	static boolean days(Integer days) {
		return days != null && days >= 0;
	}

	/** Whether a phone holds a number of at least {@value #MIN_PHONE_DIGITS} digits. */
	public static boolean phone(String phone) {
		if (phone == null) {
			return false;
		}
		int run = 0;
		for (int i = 0; i < phone.length(); i++) {
			char c = phone.charAt(i);
			if (c >= '0' && c <= '9') {
				run++;
				if (run >= MIN_PHONE_DIGITS) {
					return true;
				}
			}
			else if (c != '-' && c != ' ') {
				run = 0;
			}
		}
		return false;
	}

	/** The text without surrounding white space and closing punctuation. */
	static String plain(String text) {
		if (text == null) {
			return "";
		}
		String s = text.strip();
		while (!s.isEmpty() && "。．.；;，,！!：:".indexOf(s.charAt(s.length() - 1)) >= 0) {
			s = s.substring(0, s.length() - 1).strip();
		}
		return s;
	}

}
