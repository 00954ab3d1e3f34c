package org.gongkai.platform;

/**
 * The file store could not be reached or refused to work (the object store is down or
 * answers with an error, the disk fails): a 503 with the Chinese message
 * {@code error.storage-unavailable}, never a 500. Nothing was stored by the request that
 * met it; the client may try again later.
 */
public class StorageUnavailableException extends RuntimeException {

	public StorageUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
