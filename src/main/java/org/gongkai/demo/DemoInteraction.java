package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.mailbox.DemoInteractionRecords;
import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.LetterForm;
import org.gongkai.mailbox.LetterReceipt;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.ReplyMode;
import org.gongkai.mailbox.ReplyVisibility;
import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the interaction column of the demo county (demo mode only, once the demo county
 * is loaded, and only where an agency has no letters yet): mailboxes, answered and open
 * letters dated over the past months, a consultation with its use of comments, an open
 * one with comments, and a survey, through {@link DemoInteractionRecords}. Each row gets
 * one audit entry. The numbers and codes of the privately answered letters are logged,
 * like the demo passwords, so the private reply can be read on /mailbox/track.
 */
@Component
class DemoInteraction {

	private static final Logger log = LoggerFactory.getLogger(DemoInteraction.class);

	static final String COUNTY = DemoCounty.COUNTY;

	static final String HEXI = "11451227628194821P";

	static final String SHANYANG = "11451227993518190Y";

	/** The writer of every demo letter and comment. */
	private static final String WRITER = "群众";

	private static final String WRITER_PHONE = "13800000000";

	/**
	 * One demo letter: received {@code daysAgo} days ago, answered {@code answerAfter}
	 * days later (negative: still open).
	 */
	record Sample(String agency, String mailbox, LetterType type, String subject, String body, String reply,
			ReplyVisibility visibility, int daysAgo, int answerAfter) {

	}

	static final List<Sample> SAMPLES = List.of(
			new Sample(HEXI, "机关信箱", LetterType.CONSULTATION, "河西街中段路灯何时维修", "河西街中段的路灯已经连续两周不亮，晚上出行很不方便，请问什么时候能修好？",
					"经核查，河西街中段路灯线路老化，镇城建办已会同供电所更换线路，路灯已于本周恢复照明。感谢您对我镇工作的监督。", ReplyVisibility.PUBLIC, 60, 6),
			new Sample(HEXI, "书记信箱", LetterType.SUGGESTION, "建议在柳湾村口增设公交停靠站", "柳湾村到镇上的群众很多，但最近的公交站在两公里外，建议在村口增设停靠站。",
					"您的建议已转县交通运输局研究，县交通运输局答复将在下一次线路调整时在柳湾村口增设停靠站，预计明年上半年实施。", ReplyVisibility.PUBLIC, 45, 12),
			new Sample(HEXI, "机关信箱", LetterType.COMPLAINT, "新街社区垃圾清运不及时", "新街社区东侧垃圾桶经常满溢，夏天气味很大，希望增加清运次数。",
					"已责成保洁公司将新街社区东侧的清运频次由每日一次调整为每日两次，并增设垃圾桶两个。", ReplyVisibility.PRIVATE, 30, 4),
			new Sample(HEXI, "机关信箱", LetterType.CONSULTATION, "临时救助需要准备哪些材料", "家里老人生病住院，花费很大，想申请临时救助，请问需要准备哪些材料，到哪里办理？",
					null, null, 2, -1),
			new Sample(SHANYANG, "机关信箱", LetterType.CONSULTATION, "农村危房改造补助标准是多少", "我家房屋年久失修，请问今年农村危房改造的补助标准是多少？怎么申请？",
					"农村危房改造补助按照县住房城乡建设局公布的标准执行，申请人向村民委员会提出书面申请，经乡人民政府审核、县级部门审批后实施，详情可咨询乡村镇建设办公室。",
					ReplyVisibility.PUBLIC, 75, 9),
			new Sample(SHANYANG, "机关信箱", LetterType.REPORT, "石门村有人占用耕地建房", "石门村二组有人在承包耕地上建房，已经打好地基，请核查处理。",
					"经乡自然资源所现场核查，该处建房未办理用地手续，已依法下达停止违法行为通知书，后续处理结果将书面告知。", ReplyVisibility.PRIVATE, 20, 5),
			new Sample(COUNTY, "县长信箱", LetterType.CONSULTATION, "城区小学学区划分何时公布", "孩子明年上小学，请问今年城区小学的学区划分什么时候公布？在哪里可以查到？",
					"县教育局将于每年5月在县政府门户网站和县教育局公开栏公布城区小学学区划分方案，届时可在“教育”栏目查询。", ReplyVisibility.PUBLIC, 50, 7));

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final DemoInteractionRecords records;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoInteraction(GongkaiProperties properties, AgencyManagement agencies, DemoInteractionRecords records,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.properties = properties;
		this.agencies = agencies;
		this.records = records;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** After the start-up runners, so the demo county exists. */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.properties.demo() || this.agencies.findByCreditCode(COUNTY).isEmpty()) {
			return;
		}
		StringBuilder codes = new StringBuilder();
		for (String code : List.of(HEXI, SHANYANG, COUNTY)) {
			AgencyDetails agency = this.agencies.findByCreditCode(code).orElse(null);
			if (agency == null || this.records.hasLetters(agency.summary().id())) {
				continue;
			}
			this.transactions.executeWithoutResult((status) -> load(agency.summary().id(), code, codes));
		}
		if (!codes.isEmpty()) {
			log.warn("\n\n  Gongkai demo letters answered privately (read them on /mailbox/track)\n{}", codes);
		}
	}

	private void load(long agencyId, String code, StringBuilder codes) {
		LocalDate today = LocalDate.now(this.clock);
		for (Sample sample : SAMPLES) {
			if (!sample.agency().equals(code)) {
				continue;
			}
			LocalDate received = today.minusDays(sample.daysAgo());
			boolean answered = sample.answerAfter() >= 0;
			LetterReceipt receipt = this.records.letter(agencyId, sample.mailbox(),
					new LetterForm(null, sample.type().name(), sample.subject(), sample.body(), WRITER, WRITER_PHONE,
							null, true),
					received, sample.reply(), sample.visibility(),
					answered ? received.plusDays(sample.answerAfter()) : null);
			if (answered && sample.visibility() == ReplyVisibility.PRIVATE) {
				codes.append(String.format("    %-22s %s%n", receipt.trackingNo(), receipt.queryCode()));
			}
		}
		if (code.equals(COUNTY)) {
			consultations(agencyId, today);
		}
		if (code.equals(HEXI)) {
			survey(agencyId, today);
			phoneMessage(agencyId);
		}
	}

	/**
	 * A message taken on the township's supervision telephone two working days ago,
	 * registered and answered by telephone the next working day.
	 */
	private void phoneMessage(long agencyId) {
		this.records.registeredLetter(agencyId, LetterChannel.PHONE,
				new LetterForm(null, LetterType.CONSULTATION.name(), "咨询耕地地力保护补贴发放时间",
						"来电群众反映：家中承包地今年的耕地地力保护补贴尚未到账，询问发放时间和查询方式。", "李春生", "13900000000", null, false),
				2, "已电话答复：今年补贴已于本月初通过一卡通发放，可持一卡通到信用社网点查询；如仍未到账，可到镇农业服务中心核实承包面积。", ReplyMode.PHONE);
	}

	private void consultations(long agencyId, LocalDate today) {
		this.records.consultation(agencyId, "青溪县城区停车管理办法（征求意见稿）",
				"第一条 为规范城区机动车停放秩序，根据有关法律法规，结合本县实际，制定本办法。\n第二条 本办法适用于本县城区范围内道路停车泊位和公共停车场的规划、建设和管理。", today.minusDays(60),
				today.minusDays(30), today.minusDays(61).atStartOfDay(this.clock.getZone()).toInstant(),
				"征求意见期间共收到意见 14 条，采纳 6 条（增设夜间免费停车时段、明确残疾人专用泊位等），部分采纳 3 条，未采纳 5 条（主要涉及收费标准，已另行开展成本调查）。",
				today.minusDays(20));
		long open = this.records.consultation(agencyId, "青溪县农村生活垃圾治理实施方案（征求意见稿）",
				"一、总体要求\n到明年底，全县行政村生活垃圾收运处置体系实现全覆盖。\n二、主要任务\n（一）完善村庄保洁制度……", today.minusDays(5), today.plusDays(25),
				today.minusDays(6).atStartOfDay(this.clock.getZone()).toInstant(), null, null);
		for (String text : List.of("建议明确保洁员的配备标准，按户数配备。", "建议对垃圾分类做得好的农户给予积分奖励。")) {
			this.records.publishedComment(agencyId, open, WRITER, text,
					today.minusDays(3).atStartOfDay(this.clock.getZone()).toInstant());
		}
	}

	private void survey(long agencyId, LocalDate today) {
		this.records.survey(agencyId, "河西镇便民服务中心满意度调查", "您对河西镇便民服务中心的服务是否满意？", today.minusDays(10), today.plusDays(20),
				today.minusDays(11).atStartOfDay(this.clock.getZone()).toInstant(), List.of("满意", "基本满意", "不满意"),
				List.of(86L, 31L, 7L));
	}

}
