package org.gongkai.catalog;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencyRegistered;
import org.gongkai.agency.AgencySummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives every agency its catalogue: when it is registered, and on start for agencies
 * registered before the catalogue existed; on start, too, the audit entries of catalogues
 * the migration to the 61号 shape moved, and the village catalogue for villages that still
 * have the government's.
 */
@Component
class CatalogSetup implements ApplicationRunner {

	private final CatalogManagement catalog;

	private final AgencyManagement agencies;

	CatalogSetup(CatalogManagement catalog, AgencyManagement agencies) {
		this.catalog = catalog;
		this.agencies = agencies;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AgencyRegistered event) {
		this.catalog.instantiate(event.agencyId());
	}

	@Override
	public void run(ApplicationArguments args) {
		this.catalog.auditShapeMigrations();
		this.catalog.reshapeVillages();
		for (AgencySummary agency : this.agencies.all()) {
			this.catalog.instantiate(agency.id());
		}
		this.catalog.addNewStandardColumns();
	}

}
