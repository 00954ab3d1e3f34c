package org.gongkai.request.register;

import java.util.List;

/**
 * The outcome of a register import: how many cases were created, and why rows were
 * refused. A register with any refused row imports nothing (all or nothing).
 *
 * @param imported the number of cases created, 0 if anything was refused
 * @param rejected the reasons, in file order; empty if the import succeeded
 */
public record RegisterImportResult(int imported, List<Rejection> rejected) {

	public RegisterImportResult {
		rejected = List.copyOf(rejected);
	}

	/**
	 * One reason.
	 *
	 * @param row the row as Excel numbers it (the header is row 1), 0 for the whole file
	 * @param reason in Chinese, for the user
	 */
	public record Rejection(int row, String reason) {

	}

}
