package org.gongkai.request.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.CaseActions;
import org.gongkai.request.CaseDetails;
import org.gongkai.request.CorrectionItem;
import org.gongkai.request.casework.Consultation;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.Outcome;
import org.gongkai.request.rules.StatutoryClock;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of the letters of a case: the agency's current template merged with the case's
 * values, and an issued or draft letter laid out for {@link LetterRenderer} (dates
 * written 2026年11月22日, GB/T 9704-2012 7.3.5.3). {@link ReplyLetters} numbers, stores and
 * delivers them.
 */
@Component
class LetterText {

	/** The placeholder of a correction notice's items: the one that spans paragraphs. */
	static final String CORRECTION_ITEMS = "correctionItems";

	private final LetterTemplates templates;

	private final AgencyManagement agencies;

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	LetterText(LetterTemplates templates, AgencyManagement agencies, WorkingDayCalendar calendar,
			MessageSource messages, Clock clock) {
		this.templates = templates;
		this.agencies = agencies;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	/** A letter not issued yet, as it would read today, numbered as a draft. */
	LetterContent preview(DisclosureRequest request, LetterKind kind) {
		LocalDate today = LocalDate.now(this.clock);
		Draft draft = draft(request, kind, message("letters.number.draft"), today, Map.of());
		return new LetterContent(message("letters.title." + kind.name()), draft.documentNo(), draft.addressee(),
				paragraphs(draft.body()), agencyName(request.agencyId()), date(today), message("letters.seal"));
	}

	LetterContent content(IssuedLetter letter) {
		return new LetterContent(message("letters.title." + letter.kind().name()), letter.documentNo(),
				letter.addressee(), paragraphs(letter.body()), agencyName(letter.agencyId()), date(letter.issuedOn()),
				message("letters.seal"));
	}

	/** The merged text of a letter of this case from the agency's current template. */
	Draft draft(DisclosureRequest request, LetterKind kind, String documentNo, LocalDate on,
			Map<String, String> extra) {
		ClockReading reading = new StatutoryClock(this.calendar.rules()).read(request.clockFacts(),
				(request.closedOn() != null) ? request.closedOn() : LocalDate.now(this.clock));
		CaseDetails details = request.details(reading, false, CaseActions.NONE);
		Outcome outcome = details.outcome();
		String key = (kind == LetterKind.REPLY) ? LetterTemplates.replyKey(outcome) : kind.name();
		LetterTemplates.Current template = this.templates.current(request.agencyId(), key);
		Map<String, String> values = new HashMap<>();
		String blank = message("letters.blank");
		values.put("agency", agencyName(request.agencyId()));
		values.put("applicant", details.summary().applicantName());
		values.put("trackingNo", details.summary().trackingNo());
		values.put("receivedOn", date(details.summary().receivedOn()));
		values.put("request", details.description());
		values.put("date", date(on));
		values.put("documentNo", documentNo);
		values.put("remedies", message("letters.remedies", superior(request.agencyId())));
		values.put("basis", (outcome != null) ? message("letters.basis." + outcome.name()) : blank);
		values.put("decision", (details.decisionNote() != null) ? details.decisionNote() : "");
		values.put("correctionDeadline", date(request.correctionPeriodEndsOn()));
		values.put(CORRECTION_ITEMS, correctionItems(request.correctionItems()));
		values.put("originalDue", date(reading.originalDue()));
		values.put("extendedDue", request.extended() ? date(reading.due()) : blank);
		values.put("reason", (request.extensionReason() != null) ? request.extensionReason() : blank);
		Consultation consultation = request.lastConsultation();
		values.put("consultationDue",
				(consultation != null) ? date(
						this.calendar.rules().deadline(consultation.sentOn(), StatutoryClock.CONSULTATION_DAYS).due())
						: blank);
		values.put("feeAmount", blank);
		values.putAll(extra);
		String text = template.text();
		if (kind == LetterKind.CORRECTION && !text.contains("{{" + CORRECTION_ITEMS + "}}")) {
			// an agency's own template from before the items were listed: they follow its
			// first paragraph, since art. 30 wants every item in the notice
			int end = text.indexOf('\n');
			text = (end < 0) ? text + "\n{{" + CORRECTION_ITEMS + "}}"
					: text.substring(0, end) + "\n{{" + CORRECTION_ITEMS + "}}" + text.substring(end);
		}
		String body = String.join("\n", paragraphs(merge(text, values)));
		String addressee = (kind == LetterKind.CONSULTATION) ? message("letters.addressee", blank)
				: message("letters.addressee", LetterContent.clean(details.summary().applicantName()));
		return new Draft(key, template.version(), documentNo, addressee, body);
	}

	/**
	 * Replaces each placeholder once, left to right; a value is never scanned for
	 * placeholders, so an applicant's text cannot pull in other values.
	 */
	static String merge(String template, Map<String, String> values) {
		Matcher matcher = LetterTemplates.PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder(template.length() + 256);
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			String flat = LetterContent.clean(value).replace('\t', ' ');
			if (!CORRECTION_ITEMS.equals(matcher.group(1))) {
				flat = flat.replace('\n', ' ');
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(flat));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * The items of a correction notice, one paragraph each (a line of its own in the
	 * merged text; each item's own line breaks are flattened): 一、what is missing（建议写明：
	 * the suggestion）.
	 */
	private String correctionItems(List<CorrectionItem> items) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			CorrectionItem item = items.get(i);
			String missing = flatten(item.missing());
			String numeral = message("letters.correction.numeral." + (i + 1));
			lines.add((item.suggestion() != null)
					? message("letters.correction.item.suggested", numeral, missing, flatten(item.suggestion()))
					: message("letters.correction.item", numeral, missing));
		}
		return String.join("\n", lines);
	}

	private static String flatten(String text) {
		return LetterContent.clean(text).replace('\n', ' ').replace('\t', ' ').strip();
	}

	private static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		Arrays.stream(text.split("\n")).map(String::strip).filter((p) -> !p.isEmpty()).forEach(paragraphs::add);
		return paragraphs;
	}

	/**
	 * The body that handles appeals against the agency's answers: the agency above it
	 * (the county government for its departments and townships), else the generic 上一级人民政府
	 * (Administrative Reconsideration Law arts. 24, 25).
	 */
	private String superior(long agencyId) {
		Long parentId = this.agencies.details(agencyId).summary().parentId();
		return (parentId != null) ? agencyName(parentId) : message("letters.remedies.superior");
	}

	private String agencyName(long agencyId) {
		return this.agencies.details(agencyId).summary().name();
	}

	private String date(LocalDate day) {
		if (day == null) {
			return message("letters.blank");
		}
		return message("letters.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
				String.valueOf(day.getDayOfMonth()));
	}

	String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.CHINA);
	}

	/** A merged letter before it is stored. */
	record Draft(String key, int version, String documentNo, String addressee, String body) {

	}

}
