package org.gongkai.platform;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the stored files live: uploads, and whatever else is kept by the SHA-256 of its
 * content. One implementation is chosen by {@code gongkai.storage.type}: {@code local}
 * (the default: {@code <data-dir>/uploads/ab/cd/<sha256>} on this node's disk) or
 * {@code s3} (an S3-compatible bucket that every node of a cluster shares, objects named
 * {@code uploads/ab/cd/<sha256>}, the same tree as on disk).
 * <p>
 * A key is the SHA-256 of the content, 64 lowercase hexadecimal digits, and nothing else:
 * any other key (a path, {@code ..}, upper case, empty) is refused with an
 * {@link IllegalArgumentException} before the store is touched. An object is never
 * changed once stored, since its key names its content.
 * <p>
 * Failures: a missing object is a {@link NotFoundException} (404); a store that cannot be
 * reached or refuses (disk error, object store down, wrong credentials) is a
 * {@link StorageUnavailableException} (503), never a 500.
 */
public interface ObjectStore {

	/**
	 * Stores the file's content under {@code key}, streamed (never held in memory whole),
	 * unless an object with that key is there already. The file is left as it is.
	 * @param key the SHA-256 of the file's content
	 * @param file a readable regular file; its size is the object's size
	 * @throws StorageUnavailableException if it could not be stored; then nothing is
	 */
	void put(String key, Path file);

	/**
	 * Opens a stored object to be read as a stream; the caller closes it.
	 * @throws NotFoundException if there is no object with that key
	 * @throws StorageUnavailableException if the store cannot be reached
	 */
	InputStream get(String key);

	/**
	 * @return whether an object with that key is stored
	 * @throws StorageUnavailableException if the store cannot be reached
	 */
	boolean exists(String key);

	/**
	 * Removes the object if there is one.
	 * @throws StorageUnavailableException if the store cannot be reached
	 */
	void delete(String key);

	/**
	 * @return {@code key}, if it is 64 lowercase hexadecimal digits
	 * @throws IllegalArgumentException otherwise
	 */
	static String checkedKey(String key) {
		if (key == null || !StoreKeys.SHA256.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 key: " + StoreKeys.shown(key));
		}
		return key;
	}

}
