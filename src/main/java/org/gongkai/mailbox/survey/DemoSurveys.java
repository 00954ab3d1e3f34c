package org.gongkai.mailbox.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;

import org.springframework.stereotype.Component;

/**
 * The demo county's surveys with their votes; called only through
 * {@link org.gongkai.mailbox.DemoInteractionRecords}, which refuses outside demo mode and
 * holds the transaction. Each survey gets one audit entry by {@code system}.
 */
@Component
public class DemoSurveys {

	private final SurveyRows surveys;

	private final SurveyOptions options;

	private final AuditLog audit;

	DemoSurveys(SurveyRows surveys, SurveyOptions options, AuditLog audit) {
		this.surveys = surveys;
		this.options = options;
		this.audit = audit;
	}

	/** Records a survey with its answers in order and the votes each got. */
	public long survey(long agencyId, String title, String question, LocalDate opensOn, LocalDate closesOn,
			Instant createdAt, List<String> answers, List<Long> votes) {
		Survey survey = this.surveys.save(new Survey(agencyId, title, question, opensOn, closesOn, createdAt));
		for (int i = 0; i < answers.size(); i++) {
			SurveyOption option = new SurveyOption(survey.id(), i, answers.get(i));
			option.demoVotes(votes.get(i));
			this.options.save(option);
		}
		this.audit.record(AuditRecord.of("mailbox.demo-survey", "Survey", survey.id())
			.withAgency(agencyId)
			.withActor("system")
			.withAfter("answers=" + answers.size()));
		return survey.id();
	}

}
