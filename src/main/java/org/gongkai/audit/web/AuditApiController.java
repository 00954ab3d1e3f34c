package org.gongkai.audit.web;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditVerification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chain verification as JSON, for monitoring (audit administrator's token).
 */
@RestController
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/admin/audit/verify")
	AuditVerification verify() {
		return this.audit.verify();
	}

}
