package org.gongkai.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.services.DemoServiceRecords;
import org.gongkai.services.ServiceItemInput;
import org.gongkai.services.ServicePointInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills 河西镇's service guides in demo mode (once the county is loaded, and only while the
 * township has no service item): six items of its 为民服务中心, five with all ten elements and
 * an application form (a DOCX built here and uploaded like a file), one (临时救助) without
 * its fee and its form, so the website inspection flags it; the 为民服务中心 handling all six
 * and 柳湾村's 便民服务站 handling two of them.
 */
@Component
class DemoServices {

	private static final Logger log = LoggerFactory.getLogger(DemoServices.class);

	static final String HEXI = "11451227628194821P";

	static final String LIUWAN = DemoVillages.DUE_MISSING;

	private static final String PLACE = "河西镇为民服务中心（河西镇人民路18号）一楼综合窗口，工作日上午8:30-12:00，下午14:30-17:30";

	private static final String CONSULT = "0775-6281234";

	private static final String SUPERVISE = "0775-6281000，12345政务服务便民热线";

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final DemoServiceRecords records;

	private final Clock clock;

	DemoServices(GongkaiProperties properties, AgencyManagement agencies, DemoServiceRecords records, Clock clock) {
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
		this.agencies.findByCreditCode(HEXI).ifPresent((hexi) -> {
			long id = hexi.summary().id();
			if (!this.records.hasAny(id)) {
				Long village = this.agencies.findByCreditCode(LIUWAN).map((v) -> v.summary().id()).orElse(null);
				load(id, village, LocalDate.now(this.clock));
				log.info("Loaded the demo township's service guides");
			}
		});
	}

	private void load(long agencyId, Long villageId, LocalDate today) {
		List<Long> items = new ArrayList<>();
		items.add(item(agencyId, today, "农村居民最低生活保障申请", "《社会救助暂行办法》第九条至第十三条；《青溪县最低生活保障审核确认办法》",
				"持有本县农业户口、在本镇居住，共同生活的家庭成员人均收入低于县农村低保标准，且家庭财产状况符合规定的家庭。",
				"1. 最低生活保障申请书；\n2. 户口簿、居民身份证复印件；\n3. 家庭收入和财产情况声明及授权核对书；\n4. 因病、因残等情况的相关证明。",
				"申请→镇受理（可由村委会代办）→入户调查、家庭经济状况核对→村级民主评议→镇审核并公示7天→县民政局审批", 30, 20, "不收费", "最低生活保障申请书.docx"));
		items.add(item(agencyId, today, "特困人员救助供养申请", "《社会救助暂行办法》第十四条至第十九条；《特困人员认定办法》",
				"无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力的老年人、残疾人以及未满16周岁的未成年人。",
				"1. 特困人员救助供养申请书；\n2. 户口簿、居民身份证复印件；\n3. 残疾证（残疾人提供）；\n4. 收入和财产情况声明。",
				"申请→镇受理→调查核实→镇审核并公示7天→县民政局审批→确定供养方式", 20, 15, "不收费", "特困人员救助供养申请书.docx"));
		items.add(item(agencyId, today, "困难残疾人生活补贴和重度残疾人护理补贴申请", "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
				"持有第二代残疾人证的低保家庭残疾人（生活补贴）；残疾等级为一级、二级且需长期照护的重度残疾人（护理补贴）。",
				"1. 残疾人两项补贴申请审批表；\n2. 第二代残疾人证；\n3. 居民身份证、户口簿；\n4. 低保证明（申请生活补贴的）。",
				"申请（可在村便民服务站代办）→镇初审→县残联复核→县民政局审定→按月发放", 20, 15, "不收费", "残疾人两项补贴申请审批表.docx"));
		items.add(item(agencyId, today, "农村村民住宅建设（宅基地和乡村建设规划许可）申请", "《中华人民共和国土地管理法》第六十二条；《中华人民共和国城乡规划法》第四十一条",
				"本村集体经济组织成员，符合一户一宅规定，建房选址符合村庄规划，无违法用地、违法建设行为。",
				"1. 农村宅基地和建房（规划许可）申请表；\n2. 申请人户口簿、居民身份证；\n3. 村民小组会议记录；\n4. 住宅设计图或通用图。",
				"申请→村民小组讨论并公示→村委会审查→镇联审（自然资源、农业农村等）→镇人民政府审批→发放乡村建设规划许可证", 20, 15, "不收费", "农村宅基地和建房（规划许可）申请表.docx"));
		items.add(item(agencyId, today, "高龄津贴申领", "《中华人民共和国老年人权益保障法》第三十三条；《青溪县高龄津贴发放管理办法》", "户籍在本镇、年满80周岁的老年人。",
				"1. 高龄津贴申领表；\n2. 老年人居民身份证、户口簿；\n3. 本人“一卡通”存折复印件。", "申请（可在村便民服务站代办）→镇审核→县民政局审批→次月起按月发放", 10, 5, "不收费",
				"高龄津贴申领表.docx"));
		// the incomplete one: no fee stated, no form offered
		items.add(this.records.publishItem(agencyId,
				new ServiceItemInput("临时救助申请", "《社会救助暂行办法》第四十七条至第五十条；《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）",
						"因火灾、交通事故、突发重大疾病等意外事件，导致基本生活暂时出现严重困难的家庭或个人。",
						"1. 临时救助申请书；\n2. 居民身份证、户口簿；\n3. 遭遇困难的相关证明（医疗费用单据、事故证明等）。",
						"申请→镇受理→调查核实→公示（紧急情况可先行救助）→审批→发放救助金或实物", "15", "10", "", PLACE, CONSULT, SUPERVISE, false),
				Map.of(), today.minusDays(30)));
		this.records.addPoint(agencyId, new ServicePointInput("河西镇为民服务中心", "青溪县河西镇人民路18号", "工作日 8:30-12:00，14:30-17:30",
				"0775-6281234", "", items));
		if (villageId != null) {
			this.records.addPoint(agencyId,
					new ServicePointInput("柳湾村便民服务站", "河西镇柳湾村村委会办公楼一楼", "工作日 9:00-12:00，15:00-17:30（农忙时节周六上午照常）",
							"0775-6285678", String.valueOf(villageId), List.of(items.get(2), items.get(4))));
		}
	}

	private long item(long agencyId, LocalDate today, String name, String basis, String conditions, String materials,
			String process, int legalDays, int promisedDays, String fees, String formName) {
		Map<String, byte[]> forms = new LinkedHashMap<>();
		forms.put(formName, form(name, materials));
		return this.records.publishItem(agencyId,
				new ServiceItemInput(name, basis, conditions, materials, process, String.valueOf(legalDays),
						String.valueOf(promisedDays), fees, PLACE, CONSULT, SUPERVISE, false),
				forms, today.minusDays(45));
	}

	/** A simple application form as DOCX: its title and a table for the applicant. */
	static byte[] form(String name, String materials) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(name + "表");
			XWPFTable table = doc.createTable(4, 2);
			String[] labels = { "申请人姓名", "居民身份证号码", "家庭住址", "联系电话" };
			for (int i = 0; i < labels.length; i++) {
				table.getRow(i).getCell(0).setText(labels[i]);
			}
			doc.createParagraph().createRun().setText("需提交的材料：" + materials.replace('\n', ' '));
			doc.createParagraph().createRun().setText("申请人（签字）：            年    月    日");
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
