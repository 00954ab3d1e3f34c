package org.gongkai.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationRelease;
import org.gongkai.publication.Validity;
import org.gongkai.village.VillageAffairs;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's villages (村务公开): each posts its accounts (收支明细) for the twelve months
 * before this one, with its period recorded, except one month (柳湾村 the month now due, so
 * the township's view shows it missing; 石门村 one three months back), and a few event
 * postings (meeting resolutions, subsidies paid, party and village affairs, assets, a
 * project, assistance, village rules), all with the dates they would have had. The texts
 * hold no personal data (the demo's items pass the privacy scanner).
 */
@Component
class DemoVillages {

	/**
	 * The village whose due month is missing, and the one with a gap three months back.
	 */
	static final String DUE_MISSING = "54451227937865797E";

	static final String GAP = "54451227757491186M";

	private static final String[][] EVENTS = {
			{ "vl-resolutions", "关于{v}{y}年村道硬化工程的村民代表会议决议", "经村民代表会议讨论，同意实施村道硬化工程，所需资金由上级补助和村集体经济收入解决。" },
			{ "vl-resolutions", "关于{v}集体土地流转收益分配方案的村民会议决议", "村民会议表决通过集体土地流转收益分配方案，收益按户均分，公示期满无异议后发放。" },
			{ "vl-fin-subsidies", "{v}{y}年耕地地力保护补贴发放情况", "本年度耕地地力保护补贴已通过一卡通发放到户，共涉及农户一百二十六户，补贴标准按县统一标准执行。" },
			{ "vl-fin-subsidies", "{v}{y}年农机购置补贴发放情况", "本年度农机购置补贴已发放，共涉及农户八户，详细清单在村务公开栏公示。" },
			{ "vl-party", "{v}党支部{y}年第三季度主题党日活动情况", "党支部组织党员开展主题党日活动，学习有关文件，开展志愿服务。" },
			{ "vl-party", "{v}党支部{y}年党费收缴情况", "本年度党费按规定标准收缴，已全部上缴上级党组织。" },
			{ "vl-affairs", "{v}{y}年人居环境整治工作安排", "村委会安排开展人居环境整治，清理房前屋后杂物，整治沟渠，欢迎村民参与。" },
			{ "vl-affairs", "{v}{y}年冬季防火安全提示", "冬季天干物燥，请村民注意用火用电安全，不在林区野外用火。" },
			{ "vl-fin-assets", "{v}集体资产清查结果（{y}年）", "本村集体资产清查已完成，资产总额、债权债务和资源性资产情况在公开栏张贴明细。" },
			{ "vl-fin-projects", "{v}村道硬化工程项目公开", "工程名称：村道硬化工程。施工单位经公开比选确定，工程款按进度支付，竣工后组织验收。" },
			{ "vl-fin-assistance", "{v}{y}年第三季度低保和临时救助情况", "本季度本村低保对象共十二户二十一人，临时救助三户，均经民主评议和乡镇审核。" },
			{ "vl-rules", "{v}村规民约（修订）", "第一条 爱护公共设施，保持村容整洁。第二条 邻里和睦，互帮互助。第三条 移风易俗，红白事从简。" } };

	private final CatalogManagement catalog;

	private final PublicationRelease release;

	private final VillageAffairs villages;

	private final TransactionTemplate transactions;

	DemoVillages(CatalogManagement catalog, PublicationRelease release, VillageAffairs villages,
			PlatformTransactionManager transactionManager) {
		this.catalog = catalog;
		this.release = release;
		this.villages = villages;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Publishes a village's demo postings.
	 * @return how many
	 */
	int load(AgencySummary village, LocalDate today) {
		Map<String, Long> columns = new java.util.HashMap<>();
		for (ColumnNode column : this.catalog.publicTree(village.id())) {
			if (column.code() != null) {
				columns.put(column.code(), column.id());
			}
		}
		Long accounts = columns.get("vl-fin-accounts");
		if (accounts == null) {
			return 0;
		}
		Random random = new Random(DemoCounty.seed(village.creditCode()));
		List<Posting> postings = new ArrayList<>();
		LocalDate month = today.withDayOfMonth(1).minusMonths(1);
		for (int i = 0; i < 12; i++, month = month.minusMonths(1)) {
			if ((i == 0 && DUE_MISSING.equals(village.creditCode())) || (i == 3 && GAP.equals(village.creditCode()))) {
				continue;
			}
			LocalDate posted = workday(month.plusMonths(1).plusDays(2 + random.nextInt(6)));
			if (posted.isAfter(today)) {
				posted = today;
			}
			int income = 8000 + random.nextInt(9000);
			int spent = 3000 + random.nextInt(6000);
			String body = month.getMonthValue() + "月本村集体财务收支情况如下，原始凭证已经村务监督委员会审核。\n\n" + "项目|收入（元）|支出（元）\n" + "上月结余|"
					+ (20000 + random.nextInt(5000)) + ".00|\n" + "土地流转收入|" + income + ".00|\n" + "上级转移支付|"
					+ (2000 + random.nextInt(3000)) + ".00|\n" + "村道和沟渠维护||" + spent + ".00\n" + "办公和水电费||"
					+ (300 + random.nextInt(500)) + ".00";
			postings.add(new Posting(accounts, "vl-fin-accounts",
					village.shortName() + month.getYear() + "年" + month.getMonthValue() + "月财务收支明细", body,
					posted.minusDays(1), posted, String.format("%04d-%02d", month.getYear(), month.getMonthValue())));
		}
		for (String[] event : EVENTS) {
			Long column = columns.get(event[0]);
			LocalDate posted = workday(today.minusDays(10 + random.nextInt(300)));
			String title = event[1].replace("{v}", village.shortName())
				.replace("{y}", String.valueOf(posted.getYear()));
			postings.add(new Posting(column, event[0], title, event[2], posted.minusDays(2), posted, null));
		}
		postings.sort(Comparator.comparing(Posting::publishedOn));
		this.transactions.executeWithoutResult((status) -> {
			for (Posting posting : postings) {
				long id = this.release.publishDemoItem(village.id(),
						new PublicationDraft(posting.columnId(), posting.title(), null,
								org.gongkai.village.VillageAffairs.typedBody(posting.body()), null, posting.madeOn(),
								Genre.NOTICE, Validity.VALID),
						posting.publishedOn());
				if (posting.period() != null) {
					this.villages.recordDemoPeriod(id, village.id(), posting.columnId(), posting.code(),
							posting.period());
				}
			}
		});
		return postings.size();
	}

	private static LocalDate workday(LocalDate date) {
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return date.plusDays(2);
		}
		if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return date.plusDays(1);
		}
		return date;
	}

	record Posting(long columnId, String code, String title, String body, LocalDate madeOn, LocalDate publishedOn,
			String period) {
	}

}
