/**
 * Backup and restore of a node's state: the embedded H2 database copied while the node
 * runs (H2's {@code BACKUP TO}, consistent by copy-on-write), the uploaded files and the
 * audit chain's checkpoint file, in one zip archive; made by a system administrator (page
 * and API, audited). A fresh data directory is filled from an archive on start
 * ({@code --gongkai.restore-from}); the search index is then rebuilt. The audit key is
 * never in an archive: the restored node needs the same key ring to verify the chain.
 * PostgreSQL is backed up with its own tools (pg_dump), see the README.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup",
		allowedDependencies = { "account", "audit", "platform", "platform :: web" })
package org.gongkai.backup;
