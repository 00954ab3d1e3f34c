package org.gongkai.annualreport;

import org.gongkai.publication.PublicationPublished;
import org.gongkai.publication.PublicationWithdrawn;
import org.gongkai.request.AppealRecorded;
import org.gongkai.request.RegisterImported;
import org.gongkai.request.RequestClosed;
import org.gongkai.request.RequestReceived;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps published reports honest (DOMAIN.md §4: a published report is frozen, later
 * changes to its year's records are logged as corrections). After a change to cases,
 * appeals or publications commits, every published report of the agency the change can
 * reach is compared with the records, in a transaction of its own.
 */
@Component
class ReportFreeze {

	private final AnnualReportManagement reports;

	ReportFreeze(AnnualReportManagement reports) {
		this.reports = reports;
	}

	/** A receipt date in year Y moves rows 一/四 of Y and rows 二/四 of the years after. */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(RequestReceived event) {
		this.reports.reconcile(event.agencyId(), event.receivedOn().getYear(), "request-received",
				Long.toString(event.caseId()));
	}

	/** Closing in year Y moves rows 三/四 of Y and row 二 of the years after. */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(RequestClosed event) {
		this.reports.reconcile(event.agencyId(), event.closedOn().getYear(), "request-closed",
				Long.toString(event.caseId()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(RegisterImported event) {
		if (event.earliestReceivedOn() != null) {
			this.reports.reconcile(event.agencyId(), event.earliestReceivedOn().getYear(), "register-imported",
					Long.toString(event.uploadId()));
		}
	}

	/** Table 四 counts appeals in their filing year. */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AppealRecorded event) {
		this.reports.reconcile(event.agencyId(), event.filedOn().getYear(), "appeal-recorded",
				Long.toString(event.appealId()));
	}

	/** Issue and repeal dates can lie in any year: every published report is compared. */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PublicationPublished event) {
		this.reports.reconcile(event.agencyId(), AnnualReportManagement.FIRST_YEAR, "publication-changed",
				Long.toString(event.publicationId()));
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PublicationWithdrawn event) {
		this.reports.reconcile(event.agencyId(), AnnualReportManagement.FIRST_YEAR, "publication-changed",
				Long.toString(event.publicationId()));
	}

}
