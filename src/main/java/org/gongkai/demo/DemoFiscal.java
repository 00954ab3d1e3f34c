package org.gongkai.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.fiscal.BudgetInput;
import org.gongkai.fiscal.DemoFiscalRecords;
import org.gongkai.fiscal.FundInput;
import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the fiscal disclosure of the demo county (demo mode only, once the county is
 * loaded, and only where an agency has no fiscal record yet): the finance department's
 * department budget and final accounts with their 三公经费 and a government budget disclosed
 * late; 河西镇's two special funds, one complete with its household list (an XLSX built here
 * and imported like an upload, its ID numbers fictitious but valid) and one disclosed
 * only as its total, so the overview shows one complete and one incomplete fund.
 */
@Component
class DemoFiscal {

	private static final Logger log = LoggerFactory.getLogger(DemoFiscal.class);

	static final String FINANCE = "11451227083016613Q";

	static final String HEXI = "11451227628194821P";

	private static final String[] SURNAMES = { "张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴" };

	private static final String[] GIVEN = { "建国", "秀英", "桂兰", "志强", "海燕", "德明", "玉梅", "长青", "春生", "丽华", "永红", "国庆" };

	private static final String[] VILLAGES = { "柳湾村", "新街社区", "河东村" };

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final DemoFiscalRecords records;

	private final Clock clock;

	DemoFiscal(GongkaiProperties properties, AgencyManagement agencies, DemoFiscalRecords records, Clock clock) {
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
		this.agencies.findByCreditCode(FINANCE).ifPresent((finance) -> {
			long id = finance.summary().id();
			if (!this.records.hasAny(id)) {
				finance(id, today);
				log.info("Loaded the demo finance department's budget disclosure");
			}
		});
		this.agencies.findByCreditCode(HEXI).ifPresent((hexi) -> {
			long id = hexi.summary().id();
			if (!this.records.hasAny(id)) {
				funds(id, today);
				log.info("Loaded the demo township's special funds");
			}
		});
	}

	private void finance(long agencyId, LocalDate today) {
		int year = today.getYear();
		LocalDate budgetApproved = today.minusDays(120);
		this.records.publishBudget(agencyId,
				new BudgetInput(String.valueOf(year), "DEPARTMENT_BUDGET", budgetApproved.toString(),
						"本部门主要职责是拟订全县财政发展规划和政策，编制年度预算草案并组织执行。" + year
								+ "年部门预算收支总额较上年略有下降，主要是落实过紧日子要求，压减一般性支出。\n本部门无政府性基金预算拨款，无国有资本经营预算拨款。",
						rows(new String[][] { { "INCOME", "一般公共预算拨款收入", "1286.40" }, { "INCOME", "事业收入", "52.00" },
								{ "INCOME", "上年结转", "31.60" }, { "EXPENDITURE", "一般公共服务支出", "1104.80" },
								{ "EXPENDITURE", "社会保障和就业支出", "168.20" }, { "EXPENDITURE", "卫生健康支出", "57.30" },
								{ "EXPENDITURE", "住房保障支出", "39.70" } }),
						"0.00", "0.00", "0.00", "0.00", "6.50", "5.80", "3.20", "2.60",
						"公务用车运行费较上年减少0.70万元，主要是车辆编制压减1辆；公务接待费减少0.60万元，主要是严格执行接待标准、减少陪餐人数。"),
				budgetApproved.plusDays(12));
		LocalDate accountsApproved = today.minusDays(60);
		this.records.publishBudget(agencyId,
				new BudgetInput(String.valueOf(year - 1), "DEPARTMENT_FINAL_ACCOUNTS", accountsApproved.toString(),
						(year - 1) + "年度部门决算收支总额与年初预算相比基本持平。决算数大于预算数的项目为社会保障和就业支出，主要是据实调增离退休人员经费。",
						rows(new String[][] { { "INCOME", "一般公共预算财政拨款收入", "1319.85" }, { "INCOME", "其他收入", "8.15" },
								{ "EXPENDITURE", "一般公共服务支出", "1121.02" }, { "EXPENDITURE", "社会保障和就业支出", "175.38" },
								{ "EXPENDITURE", "住房保障支出", "31.60" } }),
						"0.00", "0.00", "0.00", "0.00", "7.10", "6.50", "3.90", "3.20",
						"公务用车运行费比上年减少0.60万元，公务接待费减少0.70万元，主要是厉行节约、严控公务活动。"),
				accountsApproved.plusDays(15));
		LocalDate governmentApproved = today.minusDays(130);
		this.records.publishBudget(agencyId,
				new BudgetInput(String.valueOf(year), "GOVERNMENT_BUDGET", governmentApproved.toString(),
						"经县人民代表大会批准的本级政府预算。一般公共预算收支平衡，政府性基金预算收支平衡。",
						rows(new String[][] { { "INCOME", "一般公共预算收入", "86500.00" }, { "INCOME", "上级补助收入", "152300.00" },
								{ "EXPENDITURE", "一般公共预算支出", "231800.00" }, { "EXPENDITURE", "上解上级支出", "7000.00" } }),
						"", "", "", "", "", "", "", "", ""),
				governmentApproved.plusDays(26));
	}

	private void funds(long agencyId, LocalDate today) {
		int year = today.getYear();
		List<String[]> households = households(24);
		BigDecimal total = households.stream()
			.map((h) -> new BigDecimal(h[4]))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		String wan = total.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
		this.records.publishFund(agencyId,
				new FundInput(String.valueOf(year), "耕地地力保护补贴", wan, true,
						"《财政部 农业农村部关于实施农业生产发展等项目的通知》；县农业农村局、县财政局《" + year + "年耕地地力保护补贴实施方案》",
						"按二轮承包耕地面积（扣除已改变用途的耕地）每亩" + "125元补贴到户，由村委会核实面积、镇政府审核、县财政通过一卡通发放。", "",
						"已于" + today.minusDays(20) + "前通过惠民惠农财政补贴资金“一卡通”全部拨付到户。"),
				workbook(households), today.minusDays(18));
		this.records.publishFund(agencyId,
				new FundInput(String.valueOf(year), "农村人居环境整治专项资金", "86.00", false, "", "", "", ""), null,
				today.minusDays(40));
	}

	private static List<BudgetInput.RowInput> rows(String[][] rows) {
		List<BudgetInput.RowInput> list = new ArrayList<>();
		for (String[] row : rows) {
			list.add(new BudgetInput.RowInput(row[0], row[1], row[2]));
		}
		return list;
	}

	/**
	 * Fictitious households: village, name, a valid but invented ID number, item, amount.
	 */
	private static List<String[]> households(int count) {
		List<String[]> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length];
			String birth = String.format("19%02d%02d%02d", 50 + (i * 3) % 40, 1 + i % 12, 1 + (i * 5) % 28);
			String id = withCheck("451227" + birth + String.format("%03d", 100 + i * 7));
			String amount = new BigDecimal(125).multiply(new BigDecimal(2 + (i * 3) % 9)).toPlainString() + ".00";
			list.add(new String[] { VILLAGES[i % VILLAGES.length], name, id, "耕地地力保护补贴", amount });
		}
		return list;
	}

	/** GB 11643: the check character of the first 17 digits. */
	static String withCheck(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	/** The household list as the 一卡通 system exports it, with a 合计 row per village. */
	static byte[] workbook(List<String[]> households) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("发放名册");
			String[] header = { "村（社区）", "姓名", "身份证号码", "补贴项目", "金额（元）" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Map<String, BigDecimal> totals = new LinkedHashMap<>();
			int r = 1;
			for (String village : VILLAGES) {
				for (String[] h : households) {
					if (!h[0].equals(village)) {
						continue;
					}
					Row row = sheet.createRow(r++);
					for (int i = 0; i < h.length; i++) {
						row.createCell(i).setCellValue(h[i]);
					}
					totals.merge(village, new BigDecimal(h[4]), BigDecimal::add);
				}
				Row total = sheet.createRow(r++);
				total.createCell(0).setCellValue(village);
				total.createCell(1).setCellValue("合计");
				total.createCell(4).setCellValue(totals.getOrDefault(village, BigDecimal.ZERO).toPlainString());
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
