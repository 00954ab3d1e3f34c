package org.gongkai.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.gongkai.publication.Genre;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recall cases every search backend must pass alike (SearchRecallTests on the
 * embedded Lucene index, OpenSearchClusterTests on OpenSearch): everyday Chinese terms
 * found wherever the text holds them and nowhere else (停水 in 临时停水, not 低保 from 低 and 保
 * apart), several terms and quoted phrases, full-width and half-width forms alike, a
 * title pasted whole (Chinese running into digits: 做好2026年), and the order of relevance
 * (title, then summary, then body). The items are written as search documents of an
 * agency of their own, each run with fresh ids and credit code.
 */
final class SearchRecallCases {

	record Item(String key, String title, String summary, String body) {

	}

	/**
	 * One query and the items it must find: in this order when {@code ordered}, else in
	 * any order.
	 */
	record Case(String query, boolean ordered, String... expected) {

	}

	static final List<Item> ITEMS = List.of(new Item("water", "关于城区供水管网维修的通知", "", "因管网维修，明日城东片区临时停水，请居民提前储水。"),
			new Item("cold", "低温天气防寒保暖提示", "", "气温偏低，请注意保暖。"), new Item("styleTitle", "关于加强作风建设的意见", "", "全文如下。"),
			new Item("styleBody", "机关工作例会纪要", "", "会议强调持续推进作风建设。"),
			new Item("apart", "干部作风与基层建设调研", "", "调研干部作风和基层组织建设。"),
			new Item("insurance", "关于做好2026年城乡居民医疗保险征缴工作的通知", "", "各乡镇人民政府：\n\n请按时完成征缴任务。"),
			new Item("half", "设备采购结果公告", "", "中标设备型号ABC123，数量20台。"), new Item("full", "车辆采购结果公告", "", "中标车型ＸＹＺ９，数量２台。"),
			new Item("inBody", "第三次林业会议纪要", "", "会议研究了禁烧巡查工作，禁烧禁烧禁烧。"),
			new Item("inSummary", "第四次林业会议纪要", "部署禁烧巡查", "会议纪要全文。"), new Item("inTitle", "禁烧通告", "", "禁烧。"));

	static final List<Case> CASES = List.of(new Case("停水", false, "water"), new Case("临时停水", false, "water"),
			new Case("“临时停水”", false, "water"), new Case("水", false, "water"), new Case("低保", false),
			new Case("保暖", false, "cold"), new Case("作风建设", true, "styleTitle", "styleBody"),
			new Case("作风 建设", false, "styleTitle", "styleBody", "apart"), new Case("停水 储水", false, "water"),
			new Case("停水，储水", false, "water"), new Case("停水 保暖", false), new Case("医疗保险 征缴", false, "insurance"),
			new Case("医疗保险 养老", false), new Case("医保", false), new Case("城乡居民", false, "insurance"),
			new Case("ＡＢＣ１２３", false, "half"), new Case("abc123", false, "half"), new Case("xyz9", false, "full"),
			new Case("２０台", false, "half"), new Case("禁烧", true, "inTitle", "inSummary", "inBody"),
			new Case("禁烧 巡查", true, "inSummary", "inBody"), new Case("林业 纪要", false, "inSummary", "inBody"),
			new Case("征缴任务", false, "insurance"),
			// a title pasted whole, and Chinese running into digits or letters and back
			new Case("关于做好2026年城乡居民医疗保险征缴工作的通知", false, "insurance"), new Case("做好2026年", false, "insurance"),
			new Case("做好2025年", false), new Case("型号abc123", false, "half"), new Case("车型ＸＹＺ９，数量", false, "full"),
			new Case("型号2026", false));

	/** The items as written: their ids by key, and the agency's credit code. */
	record Written(String creditCode, Map<String, Long> ids) {

	}

	private SearchRecallCases() {
	}

	/** Writes the items as search documents (indexed as any document is). */
	static Written write(SearchDocuments documents, PlatformTransactionManager transactions, LocalDate day) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder code = new StringBuilder("91");
		for (int i = 0; i < 16; i++) {
			code.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(random.nextInt(31)));
		}
		String creditCode = code.toString();
		long agencyId = 8_000_000_000L + random.nextLong(1_000_000_000L);
		long firstId = 9_000_000_000L + random.nextLong(1_000_000_000L) * 100;
		Map<String, Long> ids = new HashMap<>();
		new TransactionTemplate(transactions).executeWithoutResult((status) -> {
			long id = firstId;
			for (Item item : ITEMS) {
				SearchDocument document = new SearchDocument(id);
				document.write(agencyId, "召回测试机关", creditCode, 1L, "通知公告", item.title(), item.summary(), item.body(),
						null, null, creditCode + "/recall-" + item.key(), Genre.NOTICE, day);
				documents.save(document);
				ids.put(item.key(), id);
				id++;
			}
		});
		return new Written(creditCode, ids);
	}

	/** Runs every case and asserts its hits; returns how many cases ran. */
	static int check(PublicationSearch search, Written written) {
		List<String> failures = new ArrayList<>();
		for (Case c : CASES) {
			SearchQuery query = SearchQuery.parse(c.query(), written.creditCode(), null, null, null, null, "50", null);
			List<Long> found = search.search(query).items().stream().map(SearchHit::id).toList();
			List<Long> expected = List.of(c.expected()).stream().map(written.ids()::get).toList();
			boolean ok = c.ordered() ? found.equals(expected)
					: found.size() == expected.size() && found.containsAll(expected);
			if (!ok) {
				failures.add(c.query() + ": expected " + List.of(c.expected()) + " " + expected + ", found " + found);
			}
		}
		assertThat(failures).as("recall cases that failed").isEmpty();
		return CASES.size();
	}

	/** How many of the items a search for all of the agency's items finds. */
	static long indexed(PublicationSearch search, Written written) {
		return search.search(SearchQuery.parse("", written.creditCode(), null, null, null, null, "50", null)).total();
	}

}
