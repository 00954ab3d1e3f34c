package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.powers.DemoPowerRecords;
import org.gongkai.powers.PowerInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills 河西镇's power and responsibility list (demo mode only, once the county is loaded,
 * and only where the township has no list yet): version 1 published some fourteen months
 * ago, version 2 a month ago after the township took over the 特困人员 support and the 乡村振兴
 * awards, dropped the old 五保 approval and updated the homestead approval to the revised
 * Land Administration Law, so the public page shows a change note.
 */
@Component
class DemoPowers {

	private static final Logger log = LoggerFactory.getLogger(DemoPowers.class);

	static final String HEXI = "11451227628194821P";

	private static final String TOWN = "河西镇人民政府";

	private static final String PHONE = "0778-6210315";

	private static final String SUPERVISION = "县纪委监委派驻纪检监察组监督；镇党政办公室受理投诉举报；12345政务服务便民热线";

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final DemoPowerRecords records;

	private final Clock clock;

	DemoPowers(GongkaiProperties properties, AgencyManagement agencies, DemoPowerRecords records, Clock clock) {
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
		LocalDate today = LocalDate.now(this.clock);
		this.agencies.findByCreditCode(HEXI).ifPresent((hexi) -> {
			long id = hexi.summary().id();
			if (!this.records.hasAny(id)) {
				this.records.publish(id, first(), "", today.minusMonths(14));
				this.records.publish(id, second(), "根据《中华人民共和国土地管理法》修订和特困人员救助供养、乡村振兴表彰工作调整，对清单进行动态调整。",
						today.minusMonths(1));
				log.info("Loaded the demo township's power list");
			}
		});
	}

	static List<PowerInput> first() {
		List<PowerInput> list = common();
		list.add(1, power("LICENSING", "451227-XK-002", "农村村民宅基地审批", "《中华人民共和国土地管理法》（2004年修正）第六十二条", TOWN + "（国土资源所）",
				"村民申请→村民小组讨论→村民委员会审查公示→国土资源所审核→镇人民政府审批并报县备案", PHONE));
		list.add(power("OTHER", "451227-QT-002", "农村五保供养审批", "《农村五保供养工作条例》第七条", TOWN + "（民政办）",
				"村民申请→村民委员会评议公示→镇人民政府审核→报县民政局审批", PHONE));
		return list;
	}

	static List<PowerInput> second() {
		List<PowerInput> list = common();
		list.add(1, power("LICENSING", "451227-XK-002", "农村村民宅基地审批", "《中华人民共和国土地管理法》第六十二条", TOWN + "（自然资源所、农业农村办）",
				"村民申请→村民小组讨论→村民委员会审查公示→镇农业农村办、自然资源所联审→镇人民政府审批→发放宅基地批准书并报县备案", PHONE));
		list.add(6, power("BENEFIT", "451227-JF-003", "特困人员救助供养审核确认", "《社会救助暂行办法》第三章；《特困人员认定办法》", TOWN + "（社会事务办）",
				"本人或委托村民委员会申请→镇人民政府调查核实→村公示7天→镇人民政府审核确认→按月发放救助供养金", PHONE));
		list.add(power("REWARD", "451227-JL-001", "对乡村振兴工作中成绩突出的集体和个人的表彰奖励", "《中华人民共和国乡村振兴促进法》第八条", TOWN + "（党政办公室）",
				"村推荐→镇考核组审核→镇党委、政府研究决定→公示5天→表彰", PHONE));
		return list;
	}

	private static List<PowerInput> common() {
		List<PowerInput> list = new ArrayList<>();
		list.add(power("LICENSING", "451227-XK-001", "乡村建设规划许可证核发", "《中华人民共和国城乡规划法》第四十一条", TOWN + "（村镇规划建设办公室）",
				"申请→受理→现场踏勘→审查→镇人民政府审核后报县自然资源局核发→送达", PHONE));
		list.add(power("PENALTY", "451227-CF-001", "对在乡、村庄规划区内未依法取得乡村建设规划许可证进行建设的处罚", "《中华人民共和国城乡规划法》第六十五条",
				TOWN + "（综合行政执法队）", "立案→调查取证→告知陈述申辩（听证）权利→法制审核→集体讨论决定→送达处罚决定书→执行", "0778-6210110"));
		list.add(power("COERCION", "451227-QZ-001", "对逾期不改正的乡村违法建设予以拆除", "《中华人民共和国城乡规划法》第六十五条", TOWN + "（综合行政执法队）",
				"责令限期改正→催告→作出强制拆除决定→公告→组织拆除→制作现场笔录", "0778-6210110"));
		list.add(power("BENEFIT", "451227-JF-001", "最低生活保障审核确认", "《社会救助暂行办法》第二章", TOWN + "（社会事务办）",
				"申请→家庭经济状况调查核对→民主评议→村公示→镇人民政府审核确认→按月发放", PHONE));
		list.add(power("BENEFIT", "451227-JF-002", "临时救助", "《社会救助暂行办法》第九章", TOWN + "（社会事务办）",
				"申请→审核→公示（紧急情况可先行救助后补办手续）→审批→发放", PHONE));
		list.add(power("INSPECTION", "451227-JC-001", "安全生产监督检查", "《中华人民共和国安全生产法》第九条", TOWN + "（应急管理办公室）",
				"制定检查计划→现场检查→制作检查记录→责令整改→复查", "0778-6210119"));
		list.add(power("ADJUDICATION", "451227-CJ-001", "个人之间、个人与单位之间土地所有权和使用权争议的处理", "《中华人民共和国土地管理法》第十四条",
				TOWN + "（自然资源所）", "申请→受理→调查→调解→调解不成的作出处理决定→送达", PHONE));
		list.add(power("ADJUDICATION", "451227-CJ-002", "个人之间、个人与单位之间林木林地权属争议的处理", "《中华人民共和国森林法》第二十二条", TOWN + "（林业站）",
				"申请→受理→调查→调解→调解不成的作出处理决定→送达", PHONE));
		list.add(power("OTHER", "451227-QT-001", "对村民委员会选举和村民自治工作的指导", "《中华人民共和国村民委员会组织法》第五条", TOWN + "（党政办公室）",
				"制定工作方案→培训→指导选举→受理选举投诉→备案", PHONE));
		return list;
	}

	private static PowerInput power(String type, String code, String name, String basis, String unit, String process,
			String phone) {
		return new PowerInput(type, code, name, basis, unit, process, duties(type), accountability(type), SUPERVISION,
				phone + "、12345");
	}

	private static String duties(String type) {
		return switch (type) {
			case "PENALTY", "COERCION" ->
				"1.立案责任：发现违法行为及时制止、立案。\n2.调查责任：全面、客观、公正调查，执法人员不少于两人并出示证件。\n3.审查责任：对案件事实、证据、程序和法律适用进行审查。\n4.告知责任：依法告知当事人陈述、申辩和听证的权利。\n5.决定责任：依法作出决定并说明理由。\n6.送达执行责任：依法送达并监督执行。";
			case "INSPECTION" -> "1.检查责任：按计划实施检查，如实记录检查情况。\n2.处置责任：发现隐患责令立即或限期整改，重大隐患报告县应急管理局。\n3.复查责任：对整改情况进行复查。";
			case "ADJUDICATION" ->
				"1.受理责任：审查申请，符合条件的予以受理。\n2.调查责任：调查核实争议事实。\n3.调解责任：先行调解。\n4.决定责任：调解不成的依法作出处理决定并告知救济途径。";
			default ->
				"1.受理责任：公示办理条件、材料和期限，一次性告知需补正的材料。\n2.审查责任：依法审查申请材料，组织核实。\n3.决定责任：在规定期限内作出决定，不予批准的说明理由。\n4.送达责任：依法送达并公开结果。\n5.事后监管责任：加强事后监督检查。";
		};
	}

	private static String accountability(String type) {
		return switch (type) {
			case "PENALTY", "COERCION" ->
				"有下列情形之一的，依法依规追究责任：没有法律依据或者违反法定程序实施的；擅自改变种类、幅度的；违法实施检查措施或执行措施，给当事人造成损失的；玩忽职守、滥用职权、徇私舞弊的。";
			default ->
				"有下列情形之一的，依法依规追究责任：对符合条件的申请不予受理、不予办理或者不在法定期限内办理的；对不符合条件的予以批准的；不依法履行监督职责或者监督不力的；在办理过程中索取、收受他人财物或者谋取其他利益的；其他玩忽职守、滥用职权、徇私舞弊的。";
		};
	}

}
