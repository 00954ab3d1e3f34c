package org.gongkai.audit;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit log settings ({@code gongkai.audit.*}). The chain is keyed with a secret that is
 * not in the database, and its head is anchored in a file outside it (see
 * docs/architecture.md, Audit log).
 *
 * @param key the audit key ring from the environment ({@code GONGKAI_AUDIT_KEY}): one or
 * more secrets of at least 32 characters separated by commas, the last one signing new
 * entries, the earlier ones verifying older entries; {@code null} to use
 * {@link #keyFile}. Never logged.
 * @param keyFile the key file (one secret a line, the last one current) when {@link #key}
 * is not set; {@code null} means {@code <data-dir>-audit.key} next to the data directory,
 * generated on first start
 * @param checkpointFile the append-only file of signed checkpoints of the chain's head;
 * {@code null} means {@code <data-dir>/audit/checkpoints.log}
 * @param algorithm the MAC that signs new entries and checkpoints: {@code HmacSHA256}
 * (default) or {@code HmacSM3} (GB/T 32905, for deployments on the Chinese algorithms)
 * @param checkpointCron when a checkpoint of the head is written (if the head moved);
 * {@code -} turns the job off (checkpoints are still written on start, verification and
 * shutdown)
 */
@ConfigurationProperties("gongkai.audit")
public record AuditProperties(String key, Path keyFile, Path checkpointFile,
		@DefaultValue("HmacSHA256") String algorithm, @DefaultValue("0 */5 * * * *") String checkpointCron) {

	/** Never shows the key. */
	@Override
	public String toString() {
		return "AuditProperties[key=" + ((this.key != null) ? "(set)" : "null") + ", keyFile=" + this.keyFile
				+ ", checkpointFile=" + this.checkpointFile + ", algorithm=" + this.algorithm + ", checkpointCron="
				+ this.checkpointCron + "]";
	}

}
