package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.decisions.AdjustmentInput;
import org.gongkai.decisions.DemoDecisionRecords;
import org.gongkai.decisions.ItemInput;
import org.gongkai.decisions.StageInput;
import org.gongkai.mailbox.DemoInteractionRecords;
import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills 河西镇's catalogue of major decisions (demo mode only, once the county is loaded,
 * and only if the township has no catalogue yet), dated back from today: the year's
 * catalogue of three items at different stages. The market's renovation has gone through
 * every stage, its public participation a consultation on the draft (recorded here in the
 * township's mailbox, with its 采纳情况), and is being implemented; the environment fund
 * (三重一大, 大额资金使用) skipped public participation and expert argument with reasons and waits
 * for its collective discussion, its legality review disclosed only as a date; the
 * elderly care centre has not started and its planned time was adjusted.
 */
@Component
class DemoDecisions {

	private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

	static final String HEXI = "11451227628194821P";

	static final String MARKET = "河西镇集镇农贸市场改造提升";

	static final String FUND = "河西镇农村人居环境整治专项资金安排";

	static final String ELDERLY = "河西镇区域养老服务中心建设";

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final DemoDecisionRecords records;

	private final DemoInteractionRecords interaction;

	private final Clock clock;

	DemoDecisions(GongkaiProperties properties, AgencyManagement agencies, DemoDecisionRecords records,
			DemoInteractionRecords interaction, Clock clock) {
		this.properties = properties;
		this.agencies = agencies;
		this.records = records;
		this.interaction = interaction;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.properties.demo()) {
			return;
		}
		this.agencies.findByCreditCode(HEXI).ifPresent((hexi) -> {
			long id = hexi.summary().id();
			if (!this.records.hasAny(id)) {
				load(id, LocalDate.now(this.clock));
				log.info("Loaded the demo township's catalogue of major decisions");
			}
		});
	}

	private void load(long agencyId, LocalDate today) {
		LocalDate published = today.minusDays(120);
		int year = published.getYear();
		List<Long> items = this.records.publishCatalogue(agencyId, year,
				List.of(new ItemInput(MARKET, "MAJOR_DECISION", "", "河西镇经济发展办公室", year + "年第四季度",
						"《重大行政决策程序暂行条例》；《县人民政府关于推进农贸市场标准化改造的实施意见》", ""),
						new ItemInput(FUND, "COLLECTIVE_MATTER", "LARGE_FUNDS", "河西镇财政所", year + "年第三季度",
								"《中华人民共和国预算法》；县财政局、县农业农村局下达的农村人居环境整治专项资金文件", ""),
						new ItemInput(ELDERLY, "MAJOR_DECISION", "", "河西镇社会事务办公室", year + "年第四季度",
								"《中华人民共和国老年人权益保障法》；《县“十四五”养老服务体系建设规划》", "")),
				published);
		long market = items.get(0);
		long consultation = this.interaction.consultation(agencyId, "河西镇集镇农贸市场改造提升方案（征求意见稿）",
				"一、改造范围\n集镇农贸市场主体建筑及周边道路、停车场。\n二、主要内容\n（一）划行归市，设置生鲜、干货、熟食等分区；\n（二）改造排水、消防和公共厕所；\n（三）设置公平秤和农残快检室。",
				today.minusDays(100), today.minusDays(65),
				today.minusDays(101).atStartOfDay(this.clock.getZone()).toInstant(),
				"征求意见期间共收到意见 23 条，采纳 11 条（增设早市临时摊位区、保留老年人现金支付、改造期间分区施工不停市等），部分采纳 4 条，未采纳 8 条（主要涉及整体搬迁，经论证成本过高）。",
				today.minusDays(60));
		stage(market, "PUBLIC_PARTICIPATION", null, null, "通过镇政府网站和市场公告栏公开征求意见，并召开商户和周边居民座谈会 2 场。",
				String.valueOf(consultation), true);
		stage(market, "EXPERT_ARGUMENT", today.minusDays(58), null,
				"邀请县住建、市场监管和消防方面 5 名专家对改造方案进行论证，专家组认为方案总体可行，建议优化排水坡度和消防通道宽度，已据此修改。", null, true);
		stage(market, "RISK_ASSESSMENT", today.minusDays(55), null, "评估认为施工期间可能影响商户经营，风险等级为低；已制定分区施工、临时过渡摊位和矛盾调处预案。",
				null, true);
		stage(market, "LEGALITY_REVIEW", today.minusDays(50), null, "镇司法所出具合法性审查意见：方案符合有关法律法规规定，建议补充施工期间商户权益保障条款，已采纳。",
				null, true);
		stage(market, "COLLECTIVE_DISCUSSION", today.minusDays(45), null, "镇政府常务会议审议通过改造提升方案（第 12 次常务会议）。", null, true);
		stage(market, "DECISION", today.minusDays(40), null, "印发《河西镇集镇农贸市场改造提升方案》，并在镇政府网站和市场公告栏公布。", null, true);
		stage(market, "IMPLEMENTATION", today.minusDays(10), null, "一期排水和公共厕所改造已完工，二期分区改造已进场施工，预计按计划完成。", null, true);

		long fund = items.get(1);
		skip(fund, "PUBLIC_PARTICIPATION", "专项资金按上级下达的用途和分配办法安排，分配结果已在各村村务公开栏公示，不再另行公开征求意见。");
		skip(fund, "EXPERT_ARGUMENT", "资金安排不涉及专业性、技术性较强的问题。");
		stage(fund, "RISK_ASSESSMENT", today.minusDays(20), null, "资金分配向人居环境薄弱村倾斜，经评估无明显社会稳定风险。", null, true);
		stage(fund, "LEGALITY_REVIEW", today.minusDays(12), null, "镇司法所审查意见（内部工作意见）。", null, false);

		long elderly = items.get(2);
		this.records.publishAdjustment(elderly,
				new AdjustmentInput("CHANGED", "项目选址需与县养老服务设施布局规划衔接，规划修编尚未完成。", (year + 1) + "年第二季度", ""),
				today.minusDays(5));
	}

	private void stage(long item, String stage, LocalDate on, LocalDate ends, String summary, String consultation,
			boolean disclose) {
		this.records.publishStage(item,
				new StageInput(stage, (on != null) ? on.toString() : "", (ends != null) ? ends.toString() : "", false,
						"", summary, "", (consultation != null) ? consultation : "", disclose));
	}

	private void skip(long item, String stage, String reason) {
		this.records.publishStage(item, new StageInput(stage, "", "", true, reason, "", "", "", true));
	}

}
