package org.gongkai.annualreport;

import org.gongkai.publication.PublicationPublished;
import org.gongkai.publication.PublicationWithdrawn;
import org.gongkai.request.AppealRecorded;
import org.gongkai.request.RegisterImported;
import org.gongkai.request.RequestClosed;
import org.gongkai.request.RequestReceived;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps published reports honest (docs/legal-rules.md, Annual report: a published report
 * is frozen, later changes to its year's records are logged as corrections). After a
 * change to cases, appeals or publications commits, every published report of the agency
 * the change can reach is compared with the records
 * ({@link ReportReconciliation#reconcile}, in a transaction of its own). Each listener is
 * recorded in the event publication registry, so a comparison that fails or is cut off by
 * a crash is run again.
 */
@Component
class ReportFreeze {

	private final ReportReconciliation reports;

	ReportFreeze(ReportReconciliation reports) {
		this.reports = reports;
	}

	/**
	 * The change is committed already: the comparison runs in a transaction of its own. A
	 * failure there does not reach the clerk (Spring logs it after the commit); it leaves
	 * the listener's event publication incomplete, and the registry runs it again
	 * ({@code org.gongkai.platform.EventPublicationJobs}, and on start). Logging a
	 * correction twice cannot happen: reconcile logs only moves not logged yet.
	 */
	private void reconcile(long agencyId, int fromYear, String cause, String reference) {
		this.reports.reconcile(agencyId, fromYear, cause, reference);
	}

	/** A receipt date in year Y moves rows 一/四 of Y and rows 二/四 of the years after. */
	@TransactionalEventListener
	void on(RequestReceived event) {
		reconcile(event.agencyId(), event.receivedOn().getYear(), "request-received", Long.toString(event.caseId()));
	}

	/** Closing in year Y moves rows 三/四 of Y and row 二 of the years after. */
	@TransactionalEventListener
	void on(RequestClosed event) {
		reconcile(event.agencyId(), event.closedOn().getYear(), "request-closed", Long.toString(event.caseId()));
	}

	@TransactionalEventListener
	void on(RegisterImported event) {
		if (event.earliestReceivedOn() != null) {
			reconcile(event.agencyId(), event.earliestReceivedOn().getYear(), "register-imported",
					Long.toString(event.uploadId()));
		}
	}

	/** Table 四 counts appeals in their filing year. */
	@TransactionalEventListener
	void on(AppealRecorded event) {
		reconcile(event.agencyId(), event.filedOn().getYear(), "appeal-recorded", Long.toString(event.appealId()));
	}

	/** Issue and repeal dates can lie in any year: every published report is compared. */
	@TransactionalEventListener
	void on(PublicationPublished event) {
		reconcile(event.agencyId(), ReportReading.FIRST_YEAR, "publication-changed",
				Long.toString(event.publicationId()));
	}

	@TransactionalEventListener
	void on(PublicationWithdrawn event) {
		reconcile(event.agencyId(), ReportReading.FIRST_YEAR, "publication-changed",
				Long.toString(event.publicationId()));
	}

}
