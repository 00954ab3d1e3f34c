package org.gongkai.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backup settings ({@code gongkai.backup.*}).
 *
 * @param dir where archives are written; {@code null} means {@code <data-dir>-backups}
 * beside the data directory (never inside it: a backup does not contain the earlier ones)
 */
@ConfigurationProperties("gongkai.backup")
public record BackupProperties(Path dir) {

}
