package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.channels.AccountInput;
import org.gongkai.channels.DemoChannelRecords;
import org.gongkai.channels.PlaceInput;
import org.gongkai.channels.PostingInput;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.publication.PublicationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the demo township's channels (demo mode only, once the county is loaded, only
 * where 河西镇 has no place yet): its 为民服务中心 reading point and request desk, the 镇政府公开栏 with
 * a posting in each of the last six months but one (the month three back is missing),
 * 柳湾村's 村务公开栏 with this month's posting, a WeChat account with the township's two latest
 * items syndicated, and a message taken on the supervision telephone two working days ago
 * and answered by telephone. Dates come from the clock.
 */
@Component
class DemoChannels {

	private static final Logger log = LoggerFactory.getLogger(DemoChannels.class);

	static final String HEXI = "11451227628194821P";

	static final String LIUWAN = "54451227937865797E";

	/** How many months back the township's board has been posted to. */
	static final int MONTHS = 6;

	/** The month (counted back from this one) without a posting. */
	static final int MISSING = 3;

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final DemoChannelRecords records;

	private final Clock clock;

	DemoChannels(GongkaiProperties properties, AgencyManagement agencies, DemoChannelRecords records, Clock clock) {
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
				township(id);
				this.agencies.findByCreditCode(LIUWAN).ifPresent((liuwan) -> village(liuwan.summary().id()));
				log.info("Loaded the demo township's channels");
			}
		});
	}

	private void township(long agencyId) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate since = today.minusMonths(MONTHS + 1).withDayOfMonth(1);
		this.records.place(agencyId, new PlaceInput("READING_POINT", "河西镇为民服务中心政府信息查阅点", "河西镇解放路 12 号为民服务中心一楼",
				"工作日 8:30—12:00，14:30—17:30", "陈丽华", "0771-5321001", "true"), since);
		this.records.place(agencyId, new PlaceInput("REQUEST_DESK", "河西镇为民服务中心政府信息公开申请受理点", "河西镇解放路 12 号为民服务中心一楼 3 号窗口",
				"工作日 8:30—12:00，14:30—17:30", "陈丽华", "0771-5321001", "true"), since);
		long board = this.records.place(agencyId,
				new PlaceInput("BOARD", "河西镇人民政府公开栏", "河西镇解放路 12 号镇政府大院门口", "全天", "王志强", "0771-5321002", "true"),
				since);
		YearMonth now = YearMonth.from(today);
		for (int back = MONTHS - 1; back >= 0; back--) {
			if (back == MISSING) {
				continue;
			}
			YearMonth month = now.minusMonths(back);
			LocalDate postedOn = month.atDay(Math.min(5, today.getDayOfMonth()));
			if (back > 0) {
				postedOn = month.atDay(5);
			}
			LocalDate takenDown = (back > 0) ? month.plusMonths(1).atDay(4) : null;
			this.records.posting(board, new PostingInput(month.getMonthValue() + "月政务公开内容：财政收支、惠民补贴发放、重点项目进展", "",
					postedOn.toString(), (takenDown != null) ? takenDown.toString() : ""), back == 0);
		}
		long wechat = this.records.account(agencyId, new AccountInput("WECHAT", "河西镇发布", "hexizhenfabu", "王志强",
				today.minusYears(3).toString(), "ACTIVE", today.minusDays(20).toString()));
		List<Long> latest = this.records.latestPublished(agencyId, 2).stream().map(PublicationSummary::id).toList();
		if (!latest.isEmpty()) {
			this.records.syndicate(wechat, latest, today);
		}
	}

	private void village(long agencyId) {
		LocalDate today = LocalDate.now(this.clock);
		long board = this.records.place(agencyId,
				new PlaceInput("BOARD", "柳湾村村务公开栏", "柳湾村村委会办公楼前", "全天", "刘芳", "13700000000", "true"),
				today.minusMonths(1).withDayOfMonth(1));
		this.records.posting(board, new PostingInput("本月村务财务收支明细、低保户名单公示", "", today.withDayOfMonth(1).toString(), ""),
				false);
	}

}
