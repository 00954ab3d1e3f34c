package org.gongkai.request.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.gongkai.request.ApplicantType;
import org.gongkai.request.intake.ValidApplication;
import org.gongkai.request.rules.Outcome;

/**
 * One valid row of a register (台账): a case to create. {@link #read} checks a row as read
 * from the file and reports every problem with the row number a user sees in Excel.
 *
 * @param row the row number (the header is row 1)
 * @param trackingNo the register's own number, {@code null} for a new platform number
 * @param closedOn the closing day, {@code null} for a case still open
 * @param outcome the table-三 row of the answer, {@code null} for a case still open
 */
public record RegisterRow(int row, String trackingNo, ApplicantType applicantType, String applicantName,
		LocalDate receivedOn, String subject, LocalDate closedOn, Outcome outcome) {

	/** The column holds 40 characters. */
	public static final int MAX_TRACKING_NO = 40;

	/**
	 * Platform tracking numbers start so; a register's number may not, or it could
	 * collide with a number the platform hands out later.
	 */
	public static final String PLATFORM_PREFIX = "YSQ-";

	/**
	 * The Regulations of 2007 (State Council Order 492) came into force on this day: no
	 * application under them was received earlier.
	 */
	public static final LocalDate EARLIEST = LocalDate.of(2008, 5, 1);

	/** How much of a refused value a reason repeats. */
	private static final int SHOWN = 20;

	private static final Map<String, ApplicantType> TYPES = Map.of("自然人", ApplicantType.NATURAL_PERSON, "商业企业",
			ApplicantType.COMMERCIAL, "科研机构", ApplicantType.RESEARCH, "社会公益组织", ApplicantType.PUBLIC_INTEREST, "法律服务机构",
			ApplicantType.LEGAL_SERVICE, "其他", ApplicantType.OTHER);

	/**
	 * Checks one row. Problems are added to {@code problems}; the row is returned only if
	 * it has none.
	 * @param today today in the platform's time zone: no date may be later
	 */
	public static RegisterRow read(int row, Map<RegisterColumn, RegisterCell> cells, LocalDate today,
			List<RegisterProblem> problems) {
		int before = problems.size();
		String trackingNo = text(row, cells, RegisterColumn.TRACKING_NO, false, problems);
		if (trackingNo != null && !trackingNo.isEmpty()) {
			if (trackingNo.length() > MAX_TRACKING_NO) {
				problems.add(RegisterProblem.of(row, "request.import.row.too-long", RegisterColumn.TRACKING_NO.label(),
						MAX_TRACKING_NO));
			}
			else if (trackingNo.regionMatches(true, 0, PLATFORM_PREFIX, 0, PLATFORM_PREFIX.length())) {
				problems.add(RegisterProblem.of(row, "request.import.row.tracking-no.reserved"));
			}
		}
		ApplicantType type = null;
		String typeLabel = text(row, cells, RegisterColumn.APPLICANT_TYPE, false, problems);
		if (typeLabel != null) {
			type = TYPES.get(typeLabel);
			if (typeLabel.isEmpty()) {
				problems.add(missing(row, RegisterColumn.APPLICANT_TYPE));
			}
			else if (type == null) {
				problems.add(RegisterProblem.of(row, "request.import.row.applicant-type.invalid", shown(typeLabel)));
			}
		}
		String name = required(row, cells, RegisterColumn.APPLICANT_NAME, ValidApplication.MAX_NAME, false, problems);
		String subject = required(row, cells, RegisterColumn.SUBJECT, ValidApplication.MAX_DESCRIPTION, true, problems);
		LocalDate received = date(row, cells, RegisterColumn.RECEIVED_ON, today, problems);
		if (received == null && cells.get(RegisterColumn.RECEIVED_ON).isEmpty()) {
			problems.add(missing(row, RegisterColumn.RECEIVED_ON));
		}
		if (received != null && received.isBefore(EARLIEST)) {
			problems.add(RegisterProblem.of(row, "request.import.row.received-on.too-early", received));
		}
		LocalDate closed = date(row, cells, RegisterColumn.CLOSED_ON, today, problems);
		if (closed != null && received != null && closed.isBefore(received)) {
			problems.add(RegisterProblem.of(row, "request.import.row.closed-on.before-received", closed, received));
		}
		Outcome outcome = null;
		String code = text(row, cells, RegisterColumn.RESULT, false, problems);
		if (code != null && !code.isEmpty()) {
			outcome = Outcome.ofRow(code).orElse(null);
			if (outcome == null) {
				problems.add(RegisterProblem.of(row, "request.import.row.result.invalid", shown(code)));
			}
		}
		boolean hasClosed = !cells.get(RegisterColumn.CLOSED_ON).isEmpty();
		boolean hasResult = !cells.get(RegisterColumn.RESULT).isEmpty();
		if (hasResult && !hasClosed) {
			problems.add(RegisterProblem.of(row, "request.import.row.closed-on.missing"));
		}
		if (hasClosed && !hasResult) {
			problems.add(RegisterProblem.of(row, "request.import.row.result.missing"));
		}
		if (problems.size() > before) {
			return null;
		}
		return new RegisterRow(row, trackingNo.isEmpty() ? null : trackingNo, type, name, received, subject, closed,
				outcome);
	}

	/** A cell's text, or {@code null} (with a problem) for a formula or hostile text. */
	private static String text(int row, Map<RegisterColumn, RegisterCell> cells, RegisterColumn column,
			boolean multiline, List<RegisterProblem> problems) {
		RegisterCell cell = cells.get(column);
		if (cell.formula()) {
			problems.add(RegisterProblem.of(row, "request.import.row.formula-cell", column.label()));
			return null;
		}
		String value = cell.text();
		if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			// CSV/formula injection: such a cell would run as a formula when exported
			// again
			problems.add(RegisterProblem.of(row, "request.import.row.formula", column.label(),
					String.valueOf(value.charAt(0))));
			return null;
		}
		if (value.chars().anyMatch((c) -> invisible(c, multiline))) {
			problems.add(RegisterProblem.of(row, "request.import.row.control", column.label()));
			return null;
		}
		return value;
	}

	private static String required(int row, Map<RegisterColumn, RegisterCell> cells, RegisterColumn column, int max,
			boolean multiline, List<RegisterProblem> problems) {
		String value = text(row, cells, column, multiline, problems);
		if (value == null) {
			return null;
		}
		if (value.isEmpty()) {
			problems.add(missing(row, column));
		}
		else if (value.length() > max) {
			problems.add(RegisterProblem.of(row, "request.import.row.too-long", column.label(), max));
		}
		return value;
	}

	/** A real, ISO-written date not after today, or {@code null}. */
	private static LocalDate date(int row, Map<RegisterColumn, RegisterCell> cells, RegisterColumn column,
			LocalDate today, List<RegisterProblem> problems) {
		RegisterCell cell = cells.get(column);
		if (cell.formula()) {
			problems.add(RegisterProblem.of(row, "request.import.row.formula-cell", column.label()));
			return null;
		}
		if (cell.isEmpty()) {
			return null;
		}
		LocalDate day = cell.date();
		if (day == null) {
			try {
				// ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved
				day = LocalDate.parse(cell.text());
			}
			catch (DateTimeParseException ex) {
				problems.add(
						RegisterProblem.of(row, "request.import.row.date.invalid", column.label(), shown(cell.text())));
				return null;
			}
		}
		if (day.isAfter(today)) {
			problems.add(RegisterProblem.of(row, "request.import.row.date.future", column.label(), day));
			return null;
		}
		return day;
	}

	private static RegisterProblem missing(int row, RegisterColumn column) {
		return RegisterProblem.of(row, "request.import.row.missing", column.label());
	}

	/** Control characters and the bidirectional overrides that disguise text. */
	private static boolean invisible(int c, boolean multiline) {
		if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
			return false;
		}
		return c < 0x20 || c == 0x7F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	/** A refused value as repeated in a reason: at most {@value #SHOWN} characters. */
	public static String shown(String value) {
		return (value.length() <= SHOWN) ? value : value.substring(0, SHOWN) + "…";
	}

	/** Trims blanks, including full-width and no-break spaces, around a cell's text. */
	public static String clean(String value) {
		if (value == null) {
			return "";
		}
		int start = 0;
		int end = value.length();
		while (start < end && blank(value.charAt(start))) {
			start++;
		}
		while (end > start && blank(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(start, end);
	}

	private static boolean blank(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
	}

}
