package org.gongkai.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the chain is signed and anchored: on start the current key is adopted (a cut-over
 * or rotation entry when it is new) and a checkpoint written; then a checkpoint every
 * five minutes ({@code gongkai.audit.checkpoint-cron}, {@code -} turns it off) when the
 * head moved, and one at shutdown.
 */
@Component
class AuditAnchoring {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

	private final AuditLog audit;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	AuditAnchoring(AuditLog audit, AuditKeys keys, AuditCheckpoints checkpoints) {
		this.audit = audit;
		this.keys = keys;
		this.checkpoints = checkpoints;
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		log.info("Audit chain signed with key {} from {}; checkpoints in {}", this.keys.current().id(),
				this.keys.source(), this.checkpoints.file());
		this.audit.adoptCurrentKey();
		this.audit.checkpoint();
	}

	@Scheduled(cron = "${gongkai.audit.checkpoint-cron:0 */5 * * * *}", zone = "${gongkai.zone:Asia/Shanghai}")
	void scheduled() {
		this.audit.checkpoint();
	}

	@EventListener(ContextClosedEvent.class)
	void stopping() {
		try {
			this.audit.checkpoint();
		}
		catch (RuntimeException ex) {
			log.warn("No audit checkpoint at shutdown: {}", ex.toString());
		}
	}

}
