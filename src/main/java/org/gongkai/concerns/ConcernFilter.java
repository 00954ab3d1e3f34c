package org.gongkai.concerns;

/** The back office's filters of the concern list ({@code ?filter=}). */
public enum ConcernFilter {

	/** Every concern. */
	ALL,
	/** Open ones (due soon and overdue included). */
	OPEN,
	/** Open ones past their reminder mark. */
	DUE_SOON,
	/** Open ones past their due instant. */
	OVERDUE,
	/** Answered ones. */
	ANSWERED,
	/** Answered on time. */
	ON_TIME,
	/** Answered late, or open past due. */
	LATE;

	/** Whether a concern in {@code state} passes. */
	public boolean accepts(ConcernState state) {
		return switch (this) {
			case ALL -> true;
			case OPEN -> !state.answered();
			case DUE_SOON -> state == ConcernState.DUE_SOON;
			case OVERDUE -> state == ConcernState.OVERDUE;
			case ANSWERED -> state.answered();
			case ON_TIME -> state == ConcernState.ANSWERED_ON_TIME;
			case LATE -> state.late();
		};
	}

	/** The filter named by a parameter (any case), {@link #ALL} for anything else. */
	public static ConcernFilter of(String text) {
		for (ConcernFilter filter : values()) {
			if (filter.name().replace('_', '-').equalsIgnoreCase(text) || filter.name().equalsIgnoreCase(text)) {
				return filter;
			}
		}
		return ALL;
	}

	/** The parameter naming this filter. */
	public String parameter() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
