package org.gongkai.platform;

import java.util.Objects;

/**
 * One figure of an agency's disclosure work over a span of days (see
 * {@link WorkFigureSource}).
 *
 * @param section the part of the summary's 工作开展情况 it belongs to
 * @param order where the figure stands within its section (lower first)
 * @param key the figure's identity, stable across versions ({@code publication.items},
 * {@code mailbox.letters.on-time-rate}); its label is the message {@code figure.<key>}
 * @param value the count, or for a rate its per mille (0–1000; see {@code unit})
 * @param unit what the value counts
 * @param href the back-office list of the records counted (a path under {@code /admin},
 * filtered to the agency and the span where the list can), or {@code null}
 */
public record WorkFigure(Section section, int order, String key, long value, Unit unit, String href) {

	public WorkFigure {
		Objects.requireNonNull(section, "section");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(unit, "unit");
		if (value < 0 || (unit == Unit.PER_MILLE && value > 1000)) {
			throw new IllegalArgumentException("Figure " + key + " out of range: " + value);
		}
		if (href != null && !href.startsWith("/admin")) {
			throw new IllegalArgumentException("Figure " + key + " links outside the back office: " + href);
		}
	}

	/** The message key of the figure's label. */
	public String labelKey() {
		return "figure." + this.key;
	}

	/** The parts of 工作开展情况, in the order the offices write them. */
	public enum Section {

		/** 主动公开: items per column, interpretations, fiscal and special funds. */
		PROACTIVE,
		/** 回应关切 and 互动交流: concerns answered, letters, consultations. */
		RESPONSE,
		/** 依申请公开: requests received and answered by type. */
		ON_REQUEST,
		/** 村务公开: village postings. */
		VILLAGE,
		/** 平台和渠道: boards, reading points, new media. */
		CHANNELS,
		/** 宣传培训: activities and trainings. */
		ACTIVITIES,
		/** 组织保障: leading group and staff. */
		ORGANISATION

	}

	/** What a figure's value counts. */
	public enum Unit {

		/** 条: items, letters, postings. */
		ITEMS,
		/** 件: cases. */
		CASES,
		/** 次: events, activities, board updates. */
		TIMES,
		/** 人次 / 人: people. */
		PEOPLE,
		/** 份: copies of materials. */
		COPIES,
		/** ‰ of something, shown as a percentage with one decimal. */
		PER_MILLE

	}

}
