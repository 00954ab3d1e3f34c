package org.gongkai.request.letters;

import java.util.List;

/**
 * The issued letters of a case, oldest first, as its page shows them.
 *
 * @param manageable whether the signed-in user (a clerk of the case's agency) may record
 * delivery and release letters
 */
public record CaseLetters(List<LetterView> letters, boolean manageable) {

	public CaseLetters {
		letters = List.copyOf(letters);
	}

	public boolean isEmpty() {
		return this.letters.isEmpty();
	}

}
