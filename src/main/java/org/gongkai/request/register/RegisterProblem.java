package org.gongkai.request.register;

import java.util.List;

/**
 * Why a register file or one of its rows is refused: a message key of the request bundle
 * and its arguments, and the row as Excel numbers it (the header is row 1; 0 for the file
 * as a whole).
 */
public record RegisterProblem(int row, String key, List<Object> arguments) {

	public static RegisterProblem of(int row, String key, Object... arguments) {
		return new RegisterProblem(row, key, List.of(arguments));
	}

}
