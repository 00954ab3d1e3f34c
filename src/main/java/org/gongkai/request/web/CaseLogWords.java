package org.gongkai.request.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;
import org.gongkai.request.CaseEvent;
import org.gongkai.request.fees.FeeBasis;
import org.gongkai.request.rules.ClockFacts.PauseKind;
import org.gongkai.request.rules.Outcome;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The case log in words: each event of a case's log as one Chinese sentence from the
 * message bundle ({@code request.log.<kind>}), its codes (answer types, consultation
 * kinds, fee bases, appeal kinds and results) written out, and who did it on a line of
 * its own. The case page reads it as {@code caseLog}.
 * <p>
 * Public only so the page's expressions may call it; internal to the request module.
 */
@Component
public class CaseLogWords {

	private static final Pattern MOVED = Pattern.compile("答复期限由 (\\S+) 调整为 (\\S+)");

	private final MessageSource messages;

	CaseLogWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The lines of a case's log, oldest first. */
	public List<Line> lines(List<CaseEvent> events) {
		return events.stream().map(this::line).toList();
	}

	/** One event as a sentence, with who did it. */
	public Line line(CaseEvent event) {
		return new Line(event.on(), sentence(event), actor(event.actor()));
	}

	private String sentence(CaseEvent event) {
		String detail = (event.detail() != null) ? event.detail() : "";
		return switch (event.kind()) {
			case "correction-requested" -> msg("request.log.correction-requested", date(detail));
			case "consultation-sent", "consultation-answered" ->
				msg("request.log." + event.kind(), words("request.consultation.", PauseKind.class, detail));
			case "decided", "approved", "correction-lapsed", "fee-lapsed" ->
				msg("request.log." + event.kind(), outcome(detail));
			case "fee-notice" -> feeNotice(detail);
			case "due-moved" -> dueMoved(detail);
			case "appeal-recorded", "appeal-decided" -> appeal(event.kind(), detail);
			case "imported", "correction-received", "correction-received-online", "extended", "extension-proposed",
					"extension-returned", "decision-returned", "letter-delivered", "letter-released", "fee-paid",
					"fee-waived", "assigned" ->
				msg("request.log." + event.kind(), detail);
			default -> other(event.kind(), detail);
		};
	}

	/**
	 * A kind this class does not know: its older key {@code request.event.<kind>} with
	 * the detail, if the bundle has one (another part of the module may log new kinds),
	 * else the detail alone.
	 */
	private String other(String kind, String detail) {
		String key = "request.event." + kind;
		String known = msg(key);
		if (known.equals(key)) {
			return msg("request.log.other", detail);
		}
		return detail.isEmpty() ? known : msg("request.log.with-detail", known, detail);
	}

	private String feeNotice(String detail) {
		// BASIS units amount
		String[] parts = detail.split(" ");
		if (parts.length != 3) {
			return msg("request.log.other", detail);
		}
		String basis = words("request.fee.basis.", FeeBasis.class, parts[0]);
		String units = known(FeeBasis.class, parts[0]) ? msg("request.fee.units." + parts[0], parts[1]) : parts[1];
		return msg("request.log.fee-notice", basis + units, parts[2]);
	}

	private String dueMoved(String detail) {
		// as DisclosureRequest.dueMoved writes it: 答复期限由 <from> 调整为 <to>
		Matcher moved = MOVED.matcher(detail);
		return moved.matches() ? msg("request.log.due-moved", date(moved.group(1)), date(moved.group(2)))
				: msg("request.log.other", detail);
	}

	private String appeal(String kind, String detail) {
		// appeal-recorded: KIND body RESULT; appeal-decided: KIND RESULT
		String[] parts = detail.split(" ");
		if (parts.length < 2) {
			return msg("request.log.other", detail);
		}
		String appealKind = words("request.appeal.kind.", AppealKind.class, parts[0]);
		String result = words("request.appeal.result.", AppealResult.class, parts[parts.length - 1]);
		if ("appeal-decided".equals(kind)) {
			return msg("request.log.appeal-decided", appealKind, result);
		}
		String body = String.join(" ", Arrays.copyOfRange(parts, 1, parts.length - 1));
		return msg("request.log.appeal-recorded", appealKind, body, result);
	}

	private String outcome(String row) {
		return Outcome.ofRow(row).map((o) -> msg("request.outcome." + o.name())).orElse(row);
	}

	/** An enum constant's words, or the text itself if it is none. */
	private <E extends Enum<E>> String words(String prefix, Class<E> type, String name) {
		return known(type, name) ? msg(prefix + name) : name;
	}

	private static <E extends Enum<E>> boolean known(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).anyMatch((c) -> c.name().equals(name));
	}

	private String date(String iso) {
		try {
			LocalDate day = LocalDate.parse(iso);
			return msg("request.log.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
					String.valueOf(day.getDayOfMonth()));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private String actor(String actor) {
		return switch (actor) {
			case "system" -> msg("request.log.by.system");
			case "applicant", "public" -> msg("request.log.by.applicant");
			default -> msg("request.log.by.staff", actor);
		};
	}

	private String msg(String key, Object... args) {
		try {
			return this.messages.getMessage(key, args, Locale.CHINA);
		}
		catch (NoSuchMessageException ex) {
			return key;
		}
	}

	/**
	 * One line of the case log.
	 *
	 * @param on the legal date of the event
	 * @param text what happened, in words
	 * @param by who did it, in words (a login name after its label, the system, or the
	 * applicant)
	 */
	public record Line(LocalDate on, String text, String by) {

	}

}
