package org.gongkai.backup;

import java.time.Instant;

/**
 * A backup archive.
 *
 * @param name the archive's file name in the backup directory
 * @param bytes its size
 * @param createdAt when it was written
 */
public record BackupFile(String name, long bytes, Instant createdAt) {

}
