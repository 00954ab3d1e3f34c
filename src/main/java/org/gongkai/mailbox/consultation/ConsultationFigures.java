package org.gongkai.mailbox.consultation;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigure.Section;
import org.gongkai.platform.WorkFigure.Unit;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultations on drafts (意见征集) the agency opened in the span, for the work
 * summary's 互动交流; links to the agency's consultations.
 */
@Component
class ConsultationFigures implements WorkFigureSource {

	private final DraftConsultations consultations;

	ConsultationFigures(DraftConsultations consultations) {
		this.consultations = consultations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		long held = this.consultations.findByAgencyIdOrderByOpensOnDescIdDesc(agencyId)
			.stream()
			.filter((c) -> !c.opensOn().isBefore(from) && !c.opensOn().isAfter(to))
			.count();
		return List.of(new WorkFigure(Section.RESPONSE, 40, "mailbox.consultations", held, Unit.TIMES,
				"/admin/mailbox/consultations?agency=" + agencyId));
	}

}
