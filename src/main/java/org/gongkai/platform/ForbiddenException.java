package org.gongkai.platform;

/**
 * The caller is signed in but may not do this to this object (e.g. another agency's
 * records): 403.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String logMessage) {
		super(logMessage);
	}

}
