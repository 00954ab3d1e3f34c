package org.gongkai.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ObjectStore;
import org.gongkai.platform.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files on this node's disk: {@code <root>/ab/cd/<sha256>} (the root is
 * {@code <data-dir>/uploads}). A file is copied to {@code <root>/tmp} first and moved
 * into place atomically, so a reader never sees half a file.
 */
public class LocalDiskObjectStore implements ObjectStore {

	private static final Logger log = LoggerFactory.getLogger(LocalDiskObjectStore.class);

	private final Path root;

	public LocalDiskObjectStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, Path file) {
		Path target = path(key);
		Path temp = null;
		try {
			if (Files.exists(target)) {
				return;
			}
			Files.createDirectories(this.root.resolve("tmp"));
			temp = Files.createTempFile(this.root.resolve("tmp"), "store-", ".part");
			Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
			Files.createDirectories(target.getParent());
			move(temp, target);
			temp = null;
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("Could not store " + key + " under " + this.root, ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}", temp, ex);
				}
			}
		}
	}

	@Override
	public InputStream get(String key) {
		Path file = path(key);
		try {
			return Files.newInputStream(file);
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("Stored file " + key);
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("Could not read " + file, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(path(key));
	}

	@Override
	public void delete(String key) {
		Path file = path(key);
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("Could not delete " + file, ex);
		}
	}

	/**
	 * Where a stored file lives: {@code <root>/ab/cd/<sha256>}.
	 * @throws IllegalArgumentException unless {@code key} is 64 lowercase hex digits
	 */
	public Path path(String key) {
		ObjectStore.checkedKey(key);
		return this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

	@Override
	public String toString() {
		return "files under " + this.root;
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			// the same content arrived at the same time: it is already there
			Files.deleteIfExists(temp);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
