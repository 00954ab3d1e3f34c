package org.gongkai.platform;

/**
 * Something the caller named does not exist (or is not visible to the caller): a 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
