package org.gongkai.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.concerns.ConcernInput;
import org.gongkai.concerns.Concerns;
import org.gongkai.concerns.DemoConcernRecords;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationRelease;
import org.gongkai.publication.Validity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills 河西镇's responses to concerns (demo mode only, once the county is loaded, and only
 * while the township has none): one major concern answered on time by an item of its 回应关切
 * column, a major emergency answered late, and a major concern still open past due. The
 * moments are computed from the clock, so the demo tells the same on any day.
 */
@Component
class DemoConcerns {

	private static final Logger log = LoggerFactory.getLogger(DemoConcerns.class);

	static final String HEXI = "11451227628194821P";

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final PublicationRelease release;

	private final DemoConcernRecords records;

	private final Clock clock;

	DemoConcerns(GongkaiProperties properties, AgencyManagement agencies, CatalogManagement catalog,
			PublicationRelease release, DemoConcernRecords records, Clock clock) {
		this.properties = properties;
		this.agencies = agencies;
		this.catalog = catalog;
		this.release = release;
		this.records = records;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.properties.demo()) {
			return;
		}
		this.agencies.findByCreditCode(HEXI).ifPresent((hexi) -> {
			long id = hexi.summary().id();
			if (this.records.hasAny(id)) {
				return;
			}
			Long column = this.catalog.publicTree(id)
				.stream()
				.filter((c) -> Concerns.COLUMN.equals(c.code()))
				.map(ColumnNode::id)
				.findFirst()
				.orElse(null);
			if (column == null) {
				return;
			}
			load(id, column);
			log.info("Loaded the demo township's responses to concerns");
		});
	}

	private void load(long agencyId, long column) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDateTime onTime = LocalDateTime.of(today.minusDays(12), LocalTime.of(8, 30));
		long first = this.records.register(agencyId,
				new ConcernInput("网传河西镇自来水水质异常", "RUMOUR", "网络（本地论坛）", onTime.toString(), "MAJOR", "河西镇党政办 李敏"));
		answer(agencyId, column, first, "关于网传河西镇自来水水质异常的回应",
				"经镇供水站和县疾控中心联合检测，河西镇集中供水各项指标均符合国家生活饮用水卫生标准，网传水质异常不属实。请广大群众以官方发布信息为准。", onTime, 20);

		LocalDateTime late = LocalDateTime.of(today.minusDays(30), LocalTime.of(16, 0));
		long second = this.records.register(agencyId, new ConcernInput("河西镇柳湾村段河堤出现管涌险情", "INCIDENT", "上级交办（县应急管理局）",
				late.toString(), "MAJOR_EMERGENCY", "河西镇应急办 王强"));
		answer(agencyId, column, second, "关于河西镇柳湾村段河堤管涌险情处置情况的回应",
				"险情发生后，镇党委、镇政府立即组织抢险队伍和物资赶赴现场，险情已得到有效控制，周边群众已妥善转移安置，无人员伤亡。", late, 60);

		LocalDateTime open = LocalDateTime.now(this.clock).minusHours(72).truncatedTo(ChronoUnit.HOURS);
		this.records.register(agencyId, new ConcernInput("群众反映河西镇集市周边停车难", "PUBLIC_QUESTION", "来信来电（12345热线）",
				open.toString(), "MAJOR", "河西镇城建办 赵丽"));
	}

	private void answer(long agencyId, long column, long concern, String title, String body, LocalDateTime arose,
			int hours) {
		Instant at = arose.atZone(this.clock.getZone()).toInstant().plus(Duration.ofHours(hours));
		LocalDate day = at.atZone(this.clock.getZone()).toLocalDate();
		long item = this.release.publishDemoItem(agencyId,
				new PublicationDraft(column, title, null, body, null, day, Genre.NEWS, Validity.VALID), day);
		this.records.answeredBy(concern, item, at);
	}

}
