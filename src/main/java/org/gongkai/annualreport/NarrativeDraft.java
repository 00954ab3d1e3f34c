package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table4;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.publication.PublicationStatistics;
import org.gongkai.request.ChannelCount;
import org.gongkai.request.FeesCharged;
import org.gongkai.request.RequestStatistics;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The draft of the narrative sections made from the year's figures, which the office
 * rewrites: 一 with the items published per column (each column name once), the
 * applications by channel, the cases and appeals; 五 as a prompt; 六 with the
 * information-processing fees charged (Regulations art. 42). All text comes from the
 * message bundle.
 */
@Component
class NarrativeDraft {

	private final PublicationStatistics publications;

	private final RequestStatistics requests;

	private final CatalogManagement catalog;

	private final MessageSource messages;

	NarrativeDraft(PublicationStatistics publications, RequestStatistics requests, CatalogManagement catalog,
			MessageSource messages) {
		this.publications = publications;
		this.requests = requests;
		this.catalog = catalog;
		this.messages = messages;
	}

	Narrative draft(AgencySummary agency, int year, ReportFigures figures) {
		Map<Long, Long> perColumn = this.publications.publishedByColumn(agency.id(), year);
		long items = perColumn.values().stream().mapToLong(Long::longValue).sum();
		// columns of one name (the same heading under two parents) are listed once, with
		// their items added up
		Map<String, Long> byName = new LinkedHashMap<>();
		for (ColumnNode column : this.catalog.publicTree(agency.id())) {
			Long count = perColumn.get(column.id());
			if (count != null) {
				byName.merge(column.name().strip(), count, Long::sum);
			}
		}
		List<String> columns = new ArrayList<>();
		byName.forEach((name, count) -> columns.add(message("annualreport.draft.column", name, count)));
		List<String> channels = new ArrayList<>();
		for (ChannelCount count : this.requests.receivedByChannel(List.of(agency.id()), year)) {
			channels.add(message("annualreport.draft.channel", message("request.channel." + count.channel().name()),
					count.received()));
		}
		Table3 t3 = figures.table3();
		Table4 t4 = figures.table4();
		int total = Table3.TOTAL;
		long appeals = t4.cell("reconsideration", Table4.TOTAL);
		long lawsuits = t4.cell("lawsuit_direct", Table4.TOTAL)
				+ t4.cell("lawsuit_after_reconsideration", Table4.TOTAL);
		String none = message("annualreport.draft.none");
		String overview = message("annualreport.draft.overview", String.valueOf(year), agency.name(), items,
				columns.isEmpty() ? none : String.join(message("annualreport.draft.separator"), columns),
				t3.cell("1", total),
				channels.isEmpty() ? none : String.join(message("annualreport.draft.separator"), channels),
				t3.cell("2", total), t3.cell("3.7", total), t3.cell("4", total), appeals, lawsuits);
		String problems = message("annualreport.draft.problems", String.valueOf(year));
		FeesCharged fees = this.requests.feesCharged(List.of(agency.id()), year).get(agency.id());
		String other = (fees == null || fees.payments() == 0)
				? message("annualreport.draft.other.no-fees", String.valueOf(year))
				: message("annualreport.draft.other.fees", String.valueOf(year), fees.payments(),
						fees.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
		return new Narrative(overview, problems, other);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.CHINA);
	}

}
