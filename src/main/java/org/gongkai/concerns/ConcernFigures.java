package org.gongkai.concerns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigure.Section;
import org.gongkai.platform.WorkFigure.Unit;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.stereotype.Component;

/**
 * The figures of 回应关切 for the work summary: concerns that arose in the span, those of
 * them answered, answered on time, and the on-time rate (on time of those whose clock has
 * decided: answered, or open past due; no rate while none has), each linking to the
 * back-office list filtered alike.
 */
@Component
class ConcernFigures implements WorkFigureSource {

	private final Concerns concerns;

	ConcernFigures(Concerns concerns) {
		this.concerns = concerns;
	}

	@Override
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		List<ConcernView> all = this.concerns.ofAgency(agencyId, ConcernFilter.ALL, from, to);
		long answered = all.stream().filter((c) -> c.state().answered()).count();
		long onTime = all.stream().filter((c) -> c.state() == ConcernState.ANSWERED_ON_TIME).count();
		long decided = all.stream().filter((c) -> c.state().answered() || c.state() == ConcernState.OVERDUE).count();
		String base = "/admin/concerns?agency=" + agencyId + "&from=" + from + "&to=" + to + "&filter=";
		List<WorkFigure> out = new ArrayList<>();
		out.add(new WorkFigure(Section.RESPONSE, 10, "concerns.registered", all.size(), Unit.ITEMS, base + "all"));
		out.add(new WorkFigure(Section.RESPONSE, 11, "concerns.answered", answered, Unit.ITEMS, base + "answered"));
		out.add(new WorkFigure(Section.RESPONSE, 12, "concerns.on-time", onTime, Unit.ITEMS, base + "on-time"));
		if (decided > 0) {
			out.add(new WorkFigure(Section.RESPONSE, 13, "concerns.on-time-rate", onTime * 1000 / decided,
					Unit.PER_MILLE, base + "late"));
		}
		return out;
	}

}
