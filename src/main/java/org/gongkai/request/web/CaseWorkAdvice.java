package org.gongkai.request.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;
import org.gongkai.request.CorrectionItem;
import org.gongkai.request.RequestAssignment;
import org.gongkai.request.appeals.RequestAppeals;
import org.gongkai.request.fees.FeeBasis;
import org.gongkai.request.fees.RequestFees;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.letters.LetterDelivery;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.notices.NoticeRetries;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the case page and the dashboard show beyond the case itself: on a case page (a
 * path with a case id) its fee notice, appeals, the notices to the applicant not sent and
 * the clerks it may be assigned to; on the other request pages the signed-in user's
 * reminders.
 */
@ControllerAdvice(
		assignableTypes = { RequestAdminController.class, CaseWorkAdminController.class, LetterAdminController.class })
class CaseWorkAdvice {

	private final RequestFees fees;

	private final RequestAppeals appeals;

	private final RequestAssignment assignment;

	private final ReplyLetters letters;

	private final RequestIntake intake;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	/**
	 * The correction period the form proposes: 10 working days (the clerk may change it).
	 */
	static final int CORRECTION_PERIOD_DAYS = 10;

	private final CaseLogWords caseLog;

	private final NoticeRetries notices;

	CaseWorkAdvice(RequestFees fees, RequestAppeals appeals, RequestAssignment assignment, ReplyLetters letters,
			RequestIntake intake, WorkingDayCalendar calendar, CaseLogWords caseLog, Clock clock,
			NoticeRetries notices) {
		this.notices = notices;
		this.caseLog = caseLog;
		this.calendar = calendar;
		this.clock = clock;
		this.letters = letters;
		this.intake = intake;
		this.fees = fees;
		this.appeals = appeals;
		this.assignment = assignment;
	}

	@ModelAttribute
	void caseWork(@PathVariable(name = "id", required = false) Long id, Model model) {
		if (id == null) {
			model.addAttribute("reminders", this.assignment.reminders());
			return;
		}
		// the date fields propose today, which is when most steps are recorded
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		model.addAttribute("caseLog", this.caseLog);
		model.addAttribute("correctionRows", CorrectionItem.MAX_ITEMS);
		model.addAttribute("correctionPeriodDefault", this.calendar.deadline(today, CORRECTION_PERIOD_DAYS).due());
		model.addAttribute("letters", this.letters.lettersOf(id));
		model.addAttribute("letterKinds", LetterKind.values());
		model.addAttribute("deliveries", LetterDelivery.values());
		model.addAttribute("identityProof", this.intake.identityProof(id).orElse(null));
		model.addAttribute("fee", this.fees.fee(id).orElse(null));
		model.addAttribute("appeals", this.appeals.forCase(id));
		model.addAttribute("failedNotices", this.notices.failed(id));
		model.addAttribute("clerks", this.assignment.clerksForCase(id));
		model.addAttribute("mayAssign", this.assignment.mayAssignCase(id));
		model.addAttribute("caseRoles", this.assignment.rolesForCase(id));
		model.addAttribute("feeBases", FeeBasis.values());
		model.addAttribute("appealKinds", AppealKind.values());
		model.addAttribute("appealResults", List.of(AppealResult.values()));
	}

}
