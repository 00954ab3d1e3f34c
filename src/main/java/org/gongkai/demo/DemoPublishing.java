package org.gongkai.demo;

import java.util.List;
import java.util.Map;

import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationRelease;
import org.gongkai.publication.Theme;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the demo county's composed items with the publication date each would have
 * had ({@link PublicationRelease#publishDemoItem}, demo mode only), so the demo shows a
 * believable history; the review workflow would stamp today's date on all of them. Each
 * item gets the theme of its column.
 */
@Component
class DemoPublishing {

	/**
	 * The theme classification a demo item gets from its column (none for the others).
	 */
	private static final Map<String, Theme> THEMES = Map.ofEntries(Map.entry("art20-07", Theme.FINANCE),
			Map.entry("gr-budget", Theme.FINANCE), Map.entry("art20-08", Theme.FINANCE),
			Map.entry("art20-09", Theme.FINANCE), Map.entry("gr-assistance", Theme.CIVIL_AFFAIRS),
			Map.entry("art21-08", Theme.CIVIL_AFFAIRS), Map.entry("gr-elderly", Theme.CIVIL_AFFAIRS),
			Map.entry("gr-farm-subsidy", Theme.AGRICULTURE), Map.entry("art21-01", Theme.AGRICULTURE),
			Map.entry("art21-02", Theme.AGRICULTURE), Map.entry("art21-03", Theme.AGRICULTURE),
			Map.entry("gr-land", Theme.LAND_ENERGY), Map.entry("art21-05", Theme.LAND_ENERGY),
			Map.entry("gr-employment", Theme.LABOUR_PERSONNEL), Map.entry("gr-insurance", Theme.LABOUR_PERSONNEL),
			Map.entry("art20-14", Theme.LABOUR_PERSONNEL), Map.entry("gr-safety", Theme.MARKET_SAFETY),
			Map.entry("art20-13", Theme.MARKET_SAFETY), Map.entry("gr-education", Theme.SCIENCE_EDUCATION),
			Map.entry("gr-housing", Theme.CONSTRUCTION_ENVIRONMENT),
			Map.entry("gr-environment", Theme.CONSTRUCTION_ENVIRONMENT), Map.entry("gr-health", Theme.HEALTH_SPORTS),
			Map.entry("news", Theme.GENERAL_AFFAIRS), Map.entry("notices", Theme.GENERAL_AFFAIRS));

	/** Demo items published in one transaction. */
	private static final int BATCH = 20;

	private final PublicationRelease release;

	private final TransactionTemplate transactions;

	DemoPublishing(PublicationRelease release, PlatformTransactionManager transactionManager) {
		this.release = release;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Publishes an agency's items in the order given.
	 * @param columns the agency's column ids by column code
	 */
	void publish(long agencyId, Map<String, Long> columns, List<DemoTexts.Item> items) {
		// small transactions: each holds the audit chain's head while it runs, and the
		// public's applications and letters must not wait behind 200 items
		for (int from = 0; from < items.size(); from += BATCH) {
			List<DemoTexts.Item> batch = items.subList(from, Math.min(items.size(), from + BATCH));
			this.transactions.executeWithoutResult((status) -> {
				for (DemoTexts.Item item : batch) {
					this.release.publishDemoItem(agencyId,
							new PublicationDraft(columns.get(item.columnCode()), item.title(), item.summary(),
									item.body(), item.documentNumber(), item.madeOn(), item.genre(), item.validity(),
									THEMES.get(item.columnCode())),
							item.publishedOn());
				}
			});
		}
	}

}
