package org.gongkai.backup.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.gongkai.backup.BackupFile;
import org.gongkai.backup.Backups;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backups by API (system administrators), e.g. from a cron job with an API token. */
@RestController
class BackupApiController {

	private final Backups backups;

	BackupApiController(Backups backups) {
		this.backups = backups;
	}

	@Operation(summary = "Write a backup archive of this node (system administrators)",
			description = "Embedded H2 only: the database (online, consistent), the uploads and the audit "
					+ "checkpoints in one zip in the backup directory. Audited.")
	@PostMapping("/api/v1/admin/backups")
	@ResponseStatus(HttpStatus.CREATED)
	BackupFile create() {
		return this.backups.create();
	}

	@Operation(summary = "The backup archives in the backup directory, newest first (system administrators)")
	@GetMapping("/api/v1/admin/backups")
	List<BackupFile> list() {
		return this.backups.list();
	}

}
