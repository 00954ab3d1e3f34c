package org.gongkai.request.letters;

import java.util.Arrays;
import java.util.Optional;

/** How a letter reached its addressee (邮寄, 电子邮件, 当面, 在线). */
public enum LetterDelivery {

	POST, EMAIL, IN_PERSON, ONLINE;

	/** The method of a form value, if it is one. */
	public static Optional<LetterDelivery> of(String name) {
		return Arrays.stream(values()).filter((d) -> d.name().equals(name)).findFirst();
	}

}
