package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.activities.ActivityInput;
import org.gongkai.activities.DemoActivityRecords;
import org.gongkai.activities.OrganisationInput;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills 河西镇's publicity, training and organisation (demo mode only, once the county is
 * loaded, and only if the township has none yet): this year's leading group with its work
 * body and responsible leader, two full-time and three part-time staff; a publicity event
 * at the 为民服务中心 (200 brochures, 45 people advised), a training of 30 and an open day, on
 * days of this year up to today.
 */
@Component
class DemoActivities {

	private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final DemoActivityRecords records;

	private final Clock clock;

	DemoActivities(GongkaiProperties properties, AgencyManagement agencies, DemoActivityRecords records, Clock clock) {
		this.properties = properties;
		this.agencies = agencies;
		this.records = records;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.properties.demo()) {
			return;
		}
		this.agencies.findByCreditCode(DemoFiscal.HEXI).ifPresent((hexi) -> {
			long id = hexi.summary().id();
			if (!this.records.hasAny(id)) {
				load(id, LocalDate.now(this.clock));
				log.info("Loaded the demo township's activities and organisation");
			}
		});
	}

	/** A day {@code days} before today, but not before the first of this year. */
	static LocalDate daysAgo(LocalDate today, int days) {
		LocalDate day = today.minusDays(days);
		LocalDate first = today.withDayOfYear(1);
		return day.isBefore(first) ? first : day;
	}

	private void load(long agencyId, LocalDate today) {
		this.records.organisation(agencyId, today.getYear(),
				new OrganisationInput("河西镇党政综合办公室（政务公开办）", "0771-5280110", "李明", "党委委员、副镇长", "王建华 党委副书记、镇长",
						"李明 党委委员、副镇长", "周小平 党政综合办公室主任\n陈丽 司法所所长\n黄志刚 财政所所长\n刘芳 为民服务中心主任", "2", "3", "赵晓燕\n孙伟",
						"吴静\n郑强\n何敏", "河政办发〔" + today.getYear() + "〕3号"));
		this.records.record(agencyId,
				new ActivityInput("PUBLICITY", "《政府信息公开条例》宣传进服务中心", daysAgo(today, 40).toString(), "", "河西镇为民服务中心",
						"河西镇党政综合办公室", "在服务中心大厅设咨询台，讲解主动公开栏目的查阅方法和依申请公开的提出方式，现场演示网站查询。", "200", "45", "", "", "", "",
						List.of()));
		this.records.record(agencyId,
				new ActivityInput("TRAINING", "政务公开业务培训（信息员、审核员）", daysAgo(today, 25).toString(), "", "河西镇政府三楼会议室",
						"河西镇党政综合办公室", "讲解公开属性源头认定、保密审查和个人信息脱敏，演练依申请公开的答复流程。", "0", "0", "30", "镇属各站所信息员、各村（社区）文书",
						"县政务公开办 张老师", "3", List.of()));
		this.records.record(agencyId, new ActivityInput("OPEN_DAY", "政务公开日：走进镇政府", daysAgo(today, 10).toString(), "",
				"河西镇人民政府", "河西镇党政综合办公室", "邀请群众代表和人大代表参观便民服务大厅，听取对公开工作的意见。", "80", "26", "", "", "", "", List.of()));
	}

}
