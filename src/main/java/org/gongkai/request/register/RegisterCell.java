package org.gongkai.request.register;

import java.time.LocalDate;

/**
 * One cell of a register file as read: its text (blanks around it trimmed), or the date
 * of a real Excel date cell, or the mark that it held a formula or an error value (whose
 * cached result is never trusted).
 */
public record RegisterCell(String text, LocalDate date, boolean formula) {

	public static final RegisterCell EMPTY = new RegisterCell("", null, false);

	public static RegisterCell text(String value) {
		return new RegisterCell(RegisterRow.clean(value), null, false);
	}

	public static RegisterCell date(LocalDate value) {
		return new RegisterCell(value.toString(), value, false);
	}

	public static RegisterCell formulaCell() {
		return new RegisterCell("", null, true);
	}

	public boolean isEmpty() {
		return !this.formula && this.text.isEmpty();
	}

}
