package org.gongkai.mailbox.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.mailbox.rules.PlainText;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Simple surveys (网上调查): one question with two to ten answers, votes from the public
 * while the survey runs (rate-limited per client address by the pages), results as counts
 * and shares.
 */
@Service
public class Surveys {

	static final int MAX_OPTIONS = 10;

	private final SurveyRows surveys;

	private final SurveyOptions options;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final Clock clock;

	Surveys(SurveyRows surveys, SurveyOptions options, AgencyManagement agencies, AgencyAccess access, AuditLog audit,
			Clock clock) {
		this.surveys = surveys;
		this.options = options;
		this.agencies = agencies;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Starts a survey.
	 * @param answers the answers in order, blank lines ignored, 2 to 10
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 * @throws RuleViolationException for invalid input
	 */
	@Transactional
	public long create(long agencyId, String title, String question, List<String> answers, LocalDate opensOn,
			LocalDate closesOn) {
		this.access.require(Role.CLERK, agencyId);
		String t = PlainText.required(title, "title", 200);
		String q = PlainText.required(question, "question", 500);
		List<String> labels = new ArrayList<>();
		for (String answer : (answers != null) ? answers : List.<String>of()) {
			if (answer != null && !answer.isBlank()) {
				labels.add(PlainText.required(answer, "answers", 100));
			}
		}
		if (labels.size() < 2 || labels.size() > MAX_OPTIONS || labels.stream().distinct().count() != labels.size()) {
			throw new RuleViolationException("mailbox.answers.count", "2 to 10 distinct answers", MAX_OPTIONS);
		}
		if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
			throw new RuleViolationException("mailbox.period.invalid", "Bad survey period");
		}
		Survey survey = this.surveys.save(new Survey(agencyId, t, q, opensOn, closesOn, Instant.now(this.clock)));
		for (int i = 0; i < labels.size(); i++) {
			this.options.save(new SurveyOption(survey.id(), i, labels.get(i)));
		}
		this.audit.record(AuditRecord.of("mailbox.survey-created", "Survey", survey.id())
			.withAgency(agencyId)
			.withAfter("title=" + t + ", answers=" + labels.size() + ", period=" + opensOn + ".." + closesOn));
		return survey.id();
	}

	/** The surveys of an agency that have opened, newest first, with results. */
	@Transactional(readOnly = true)
	public List<SurveyView> publicList(long agencyId) {
		LocalDate today = today();
		return this.surveys.findByAgencyIdOrderByOpensOnDescIdDesc(agencyId)
			.stream()
			.filter((s) -> !s.opensOn().isAfter(today))
			.map(this::view)
			.toList();
	}

	/**
	 * One survey that has opened, with results.
	 * @throws NotFoundException if there is none such for the agency
	 */
	@Transactional(readOnly = true)
	public SurveyView publicView(long agencyId, long id) {
		return view(publicOne(agencyId, id));
	}

	/**
	 * Counts one vote while the survey runs.
	 * @throws RuleViolationException outside the period or for an answer of another
	 * survey
	 */
	@Transactional
	public void vote(long agencyId, long surveyId, Long optionId) {
		Survey survey = publicOne(agencyId, surveyId);
		if (!survey.openOn(today())) {
			throw new RuleViolationException("mailbox.vote.closed", "Survey " + surveyId + " not open");
		}
		if (optionId == null || this.options.addVote(optionId, surveyId) != 1) {
			throw new RuleViolationException("mailbox.vote.invalid", "Unknown answer");
		}
		this.audit.record(AuditRecord.of("mailbox.survey-voted", "Survey", surveyId)
			.withAgency(agencyId)
			.withActor("public")
			.withAfter("option=" + optionId));
	}

	/** The most surveys a page of the back-office list shows. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * The surveys of the agencies the user may see (of one of them when {@code agencyId}
	 * is given), whose title contains {@code text} when given, newest first, page
	 * {@code page} (from 0, clamped) of {@code size} (1 to {@link #MAX_PAGE_SIZE}).
	 */
	@Transactional(readOnly = true)
	public Page<SurveyView> adminPage(Long agencyId, String text, int page, int size) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		List<Survey> rows = visible.isEmpty() ? List.of()
				: this.surveys.findByAgencyIdInOrderByOpensOnDescIdDesc(visible)
					.stream()
					.filter((v) -> agencyId == null || v.agencyId() == agencyId.longValue())
					.filter((v) -> ListPage.contains(text, v.title()))
					.toList();
		return ListPage.of(rows, page, size, MAX_PAGE_SIZE).map(this::view);
	}

	private SurveyView view(Survey survey) {
		List<SurveyOption> rows = this.options.findBySurveyIdOrderByPosition(survey.id());
		long total = rows.stream().mapToLong(SurveyOption::votes).sum();
		List<SurveyView.Result> results = rows.stream()
			.map((o) -> new SurveyView.Result(o.id(), o.label(), o.votes(),
					(total == 0) ? 0 : (int) Math.round(100.0 * o.votes() / total)))
			.toList();
		return new SurveyView(survey.id(), survey.agencyId(), this.agencies.details(survey.agencyId()).summary().name(),
				survey.title(), survey.question(), survey.opensOn(), survey.closesOn(), survey.openOn(today()), results,
				total);
	}

	private Survey publicOne(long agencyId, long id) {
		return this.surveys.findById(id)
			.filter((s) -> s.agencyId() == agencyId && !s.opensOn().isAfter(today()))
			.orElseThrow(() -> new NotFoundException("Survey " + id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
