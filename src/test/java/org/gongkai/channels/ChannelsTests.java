package org.gongkai.channels;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.mailbox.ChannelAccounts;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigureSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Channels through the pages with the real security: a township's clerk registers a
 * reading point, a request desk and a board, which the (cached) guide then shows; the
 * board's posting log with a photo, shown on its public page, and hostile photos (not an
 * image, too large, a script for a name) refused or made harmless; the cadence; the
 * new-media inventory, syndication of the agency's published items and the accounts the
 * mailbox offers; figures; roles and other agencies' ids.
 */
@GongkaiTest
class ChannelsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChannelAccounts channelAccounts;

	@Autowired
	List<WorkFigureSource> figureSources;

	record Town(long id, String code, MockHttpSession clerk, MockHttpSession reviewer,
			MockHttpSession confidentiality) {

	}

	Town town(String name) throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("渠道县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Town(id, data.creditCode(), Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, id)));
	}

	static MockHttpServletRequestBuilder placeForm(MockHttpServletRequestBuilder post, String kind, String name,
			String... overrides) {
		Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("kind", kind);
		params.put("name", name);
		params.put("address", "解放路 12 号为民服务中心一楼");
		params.put("hours", "工作日 8:30—17:30");
		params.put("keeperName", "陈丽华");
		params.put("keeperPhone", "0771-5321001");
		params.put("active", "true");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(post::param);
		return post.with(csrf());
	}

	long place(Town town, String kind, String name) throws Exception {
		String location = this.mvc
			.perform(placeForm(post("/admin/channels/agencies/" + town.id() + "/places"), kind, name)
				.session(town.clerk()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/places/(\\d+).*", "$1"));
	}

	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	MockMultipartHttpServletRequestBuilder posting(long board, String title, String postedOn,
			MockMultipartFile... files) {
		return posting(board, title, postedOn, "", files);
	}

	MockMultipartHttpServletRequestBuilder posting(long board, String title, String postedOn, String takenDownOn,
			MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/channels/places/" + board + "/postings");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.param("title", title)
			.param("publicationId", "")
			.param("postedOn", postedOn)
			.param("takenDownOn", takenDownOn);
		return request;
	}

	String body(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	int postings(long board) {
		return this.jdbc.queryForObject("select count(*) from chn_posting where place_id = ?", Integer.class, board);
	}

	@Test
	void theGuideShowsTheActiveReadingPointsRequestDesksAndBoardsAndForgetsItsCachedPageWhenOneChanges()
			throws Exception {
		Town town = town("查阅镇");
		String guide = "/agencies/" + town.code() + "/guide";
		String before = body(get(guide), 200);
		assertThat(before).doesNotContain("guide-places");
		long reading = place(town, "READING_POINT", "为民服务中心查阅点");
		place(town, "REQUEST_DESK", "为民服务中心受理窗口");
		long board = place(town, "BOARD", "镇政府公开栏");
		String shown = body(get(guide), 200);
		assertThat(shown)
			.contains("guide-places", "为民服务中心查阅点", "为民服务中心受理窗口", "镇政府公开栏", "0771-5321001", "工作日 8:30—17:30",
					"/agencies/" + town.code() + "/boards/" + board)
			.doesNotContain("陈丽华");
		// deactivating takes it off the guide at once, though the guide is cached
		this.mvc
			.perform(placeForm(post("/admin/channels/places/" + reading), "READING_POINT", "为民服务中心查阅点", "active", "")
				.session(town.clerk()))
			.andExpect(status().is3xxRedirection());
		assertThat(body(get(guide), 200)).doesNotContain("为民服务中心查阅点").contains("为民服务中心受理窗口");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from aud_entry where action = 'channels.place-updated' and object_id = ?",
				Integer.class, String.valueOf(reading)))
			.isEqualTo(1);
	}

	@Test
	void placesAreWrittenByTheAgencysClerksOnlyAndHostileInputIsRefusedWithEveryProblemAtOnce() throws Exception {
		Town town = town("权限镇");
		Town other = town("他镇");
		long board = place(town, "BOARD", "公开栏");
		// a reviewer reads but may not write; another agency's clerk neither
		body(placeForm(post("/admin/channels/agencies/" + town.id() + "/places"), "BOARD", "另一个")
			.session(town.reviewer()), 403);
		body(placeForm(post("/admin/channels/agencies/" + town.id() + "/places"), "BOARD", "另一个")
			.session(other.clerk()), 403);
		body(placeForm(post("/admin/channels/places/" + board), "BOARD", "改名").session(other.clerk()), 403);
		body(get("/admin/channels/places/" + board).session(other.clerk()), 403);
		body(get("/admin/channels/agencies/" + town.id()).session(other.clerk()), 403);
		body(get("/admin/channels/places/999999999").session(town.clerk()), 404);
		body(get("/admin/channels/places/abc").session(town.clerk()), 404);
		String refused = body(placeForm(post("/admin/channels/agencies/" + town.id() + "/places"), "TOWER",
				"<script>alert(1)</script>", "address", "", "hours", "x".repeat(201), "keeperPhone", "call me")
			.session(town.clerk()), 400);
		assertThat(refused).contains("请选择类别", "名称不能包含网页标记", "请填写地址", "请填写开放时间", "请填写正确的联系电话")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(this.jdbc.queryForObject("select count(*) from chn_place where agency_id = ?", Integer.class,
				town.id()))
			.isEqualTo(1);
		// signed out: the back office asks to sign in
		this.mvc.perform(get("/admin/channels/agencies/" + town.id())).andExpect(status().is3xxRedirection());
	}

	@Test
	void aBoardPostingWithAPhotoShowsOnTheBoardsPublicPageAndTheBoardIsUpdatedThisMonth() throws Exception {
		Town town = town("张贴镇");
		long board = place(town, "BOARD", "镇政府公开栏");
		LocalDate today = TestClock.INSTANCE.today();
		String admin = body(get("/admin/channels/agencies/" + town.id()).session(town.clerk()), 200);
		assertThat(admin).contains("本月未更新");
		this.mvc
			.perform(posting(board, "本月财政收支公示", today.toString(),
					new MockMultipartFile("photos", "现场.png", "image/png", png()))
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(body(get("/admin/channels/agencies/" + town.id()).session(town.clerk()), 200)).contains("本月已更新");
		String page = body(get("/agencies/" + town.code() + "/boards/" + board), 200);
		assertThat(page).contains("本月财政收支公示", "/boards/photos/");
		long photo = this.jdbc.queryForObject(
				"select p.id from chn_posting_photo p join chn_posting s on s.id = p.posting_id where s.place_id = ?",
				Long.class, board);
		var response = this.mvc.perform(get("/agencies/" + town.code() + "/boards/photos/" + photo))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("image/png");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getContentAsByteArray()).isEqualTo(png());
		// the photo is not served under another agency's code, nor an unknown id
		Town other = town("别镇");
		body(get("/agencies/" + other.code() + "/boards/photos/" + photo), 404);
		body(get("/agencies/" + other.code() + "/boards/" + board), 404);
		body(get("/agencies/" + town.code() + "/boards/photos/x1"), 404);
	}

	@Test
	void hostilePhotosAndDatesAreRefusedAndNothingIsRecorded() throws Exception {
		Town town = town("拒收镇");
		long board = place(town, "BOARD", "公开栏");
		String today = TestClock.INSTANCE.today().toString();
		// a script named like a photo
		String notImage = body(
				posting(board, "公示", today,
						new MockMultipartFile("photos", "photo.jpg", "image/jpeg",
								"<html><script>alert(1)</script></html>".getBytes()))
					.session(town.clerk())
					.with(csrf()),
				400);
		assertThat(notImage).contains("文件类型不符合要求");
		// too large: a JPEG header and 6 MB after it
		byte[] big = new byte[6 * 1024 * 1024];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		big[3] = (byte) 0xE0;
		String tooLarge = body(
				posting(board, "公示", today, new MockMultipartFile("photos", "big.jpg", "image/jpeg", big))
					.session(town.clerk())
					.with(csrf()),
				400);
		assertThat(tooLarge).contains("文件过大");
		// dates: in the future, taken down before posted, not a date
		String dates = body(
				posting(board, "", TestClock.INSTANCE.today().plusDays(1).toString(), today).session(town.clerk())
					.with(csrf()),
				400);
		assertThat(dates).contains("请填写张贴内容", "张贴日期不能晚于今天", "撤下日期不能早于张贴日期");
		body(posting(board, "公示", "2026-13-45").session(town.clerk()).with(csrf()), 400);
		// another agency's or an unpublished item
		body(posting(board, "公示", today).param("publicationId", "999999999").session(town.clerk()).with(csrf()), 400);
		assertThat(postings(board)).isZero();
		// a photo whose name is a script: stored (it is an image), its name shown
		// harmless
		this.mvc
			.perform(posting(board, "公示", today,
					new MockMultipartFile("photos", "<script>alert(1)</script>.png", "image/png", png()))
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String log = body(get("/admin/channels/places/" + board).session(town.clerk()), 200);
		assertThat(log).doesNotContain("<script>alert(1)</script>");
		// a reading point has no posting log; a reviewer may not post
		long reading = place(town, "READING_POINT", "查阅点");
		body(posting(reading, "公示", today).session(town.clerk()).with(csrf()), 400);
		body(posting(board, "公示", today).session(town.reviewer()).with(csrf()), 403);
		assertThat(postings(board)).isEqualTo(1);
	}

	@Test
	void theCadenceNamesTheMonthsWithoutAPostingAndTheFiguresCountThem() throws Exception {
		Town town = town("月度镇");
		long board = place(town, "BOARD", "公开栏");
		LocalDate today = TestClock.INSTANCE.today();
		YearMonth now = YearMonth.from(today);
		this.jdbc.update("update chn_place set created_on = ? where id = ?", now.minusMonths(4).atDay(1), board);
		for (int back : new int[] { 4, 3, 1 }) {
			this.mvc
				.perform(posting(board, "公示 " + back, now.minusMonths(back).atDay(10).toString()).session(town.clerk())
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		String admin = body(get("/admin/channels/agencies/" + town.id()).session(town.clerk()), 200);
		assertThat(admin).contains("本月未更新", now.minusMonths(2).toString())
			.doesNotContain(now.minusMonths(1).toString() + "、");
		Map<String, Long> figures = figures(town.id(), now.minusMonths(4).atDay(1), today);
		assertThat(figures).containsEntry("channels.boards", 1L)
			.containsEntry("channels.board-postings", 3L)
			.containsEntry("channels.months-without-posting", 1L)
			.containsEntry("channels.reading-points", 0L);
	}

	@Test
	void newMediaAccountsAreInventoriedItemsSyndicatedOnceAndOfferedToTheMailboxUnlessClosed() throws Exception {
		Town town = town("新媒体镇");
		Town other = town("他媒体镇");
		String created = this.mvc
			.perform(post("/admin/channels/agencies/" + town.id() + "/accounts").param("platform", "WECHAT")
				.param("name", "新媒体镇发布")
				.param("accountCode", "xinmeiti")
				.param("keeperName", "王志强")
				.param("openedOn", "2024-01-01")
				.param("reviewStatus", "ACTIVE")
				.param("lastReviewedOn", "")
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long account = Long.parseLong(created.replaceAll(".*/accounts/(\\d+).*", "$1"));
		assertThat(this.channelAccounts.accountsOf(town.id())).extracting(ChannelAccounts.ChannelAccount::label)
			.containsExactly("微信公众号 新媒体镇发布");
		String refused = body(post("/admin/channels/agencies/" + town.id() + "/accounts").param("platform", "FAX")
			.param("name", "<b>x</b>")
			.param("accountCode", "")
			.param("keeperName", "")
			.param("openedOn", "yesterday")
			.param("reviewStatus", "")
			.session(town.clerk())
			.with(csrf()), 400);
		assertThat(refused).contains("请选择平台", "名称不能包含网页标记", "请填写账号", "请填写管理人", "开设日期格式不正确", "请选择检查状态");
		long mine = publish(town, "关于开展冬季消防安全检查的通知");
		long theirs = publish(other, "他镇的通知");
		String page = body(get("/admin/channels/accounts/" + account).session(town.clerk()), 200);
		assertThat(page).contains("关于开展冬季消防安全检查的通知").doesNotContain("他镇的通知");
		body(post("/admin/channels/accounts/" + account + "/syndications").param("publicationId", "" + theirs)
			.session(town.clerk())
			.with(csrf()), 400);
		body(post("/admin/channels/accounts/" + account + "/syndications").param("publicationId", "abc")
			.session(town.clerk())
			.with(csrf()), 400);
		body(post("/admin/channels/accounts/" + account + "/syndications").session(town.clerk()).with(csrf()), 400);
		body(post("/admin/channels/accounts/" + account + "/syndications").param("publicationId", "" + mine)
			.session(other.clerk())
			.with(csrf()), 403);
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/admin/channels/accounts/" + account + "/syndications").param("publicationId", "" + mine)
					.session(town.clerk())
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from chn_syndication where account_id = ?", Integer.class,
				account))
			.isEqualTo(1);
		LocalDate today = TestClock.INSTANCE.today();
		assertThat(figures(town.id(), today.minusDays(1), today)).containsEntry("channels.media-accounts", 1L)
			.containsEntry("channels.items-syndicated", 1L);
		// a closed account is no longer offered
		this.mvc
			.perform(post("/admin/channels/accounts/" + account).param("platform", "WECHAT")
				.param("name", "新媒体镇发布")
				.param("accountCode", "xinmeiti")
				.param("keeperName", "王志强")
				.param("openedOn", "2024-01-01")
				.param("reviewStatus", "CLOSED")
				.param("lastReviewedOn", today.toString())
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.channelAccounts.accountsOf(town.id())).isEmpty();
	}

	Map<String, Long> figures(long agencyId, LocalDate from, LocalDate to) {
		return this.figureSources.stream()
			.flatMap((s) -> s.figuresOf(agencyId, from, to).stream())
			.filter((f) -> f.key().startsWith("channels."))
			.peek((f) -> assertThat(f.section()).isEqualTo(WorkFigure.Section.CHANNELS))
			.collect(Collectors.toMap(WorkFigure::key, WorkFigure::value));
	}

	long publish(Town town, String title) throws Exception {
		long column = this.catalog.publicTree(town.id())
			.stream()
			.filter((c) -> "news".equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
		String location = this.mvc
			.perform(post("/admin/publications/new").session(town.clerk())
				.with(csrf())
				.param("agencyId", "" + town.id())
				.param("title", title)
				.param("body", "各村（社区）：请按时落实。")
				.param("madeOn", TestClock.INSTANCE.today().toString())
				.param("genre", "NOTICE")
				.param("validity", "VALID")
				.param("columnId", "" + column))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		for (var step : Arrays.asList(post("/admin/publications/" + id + "/submit").session(town.clerk()),
				post("/admin/publications/" + id + "/content-review").param("approve", "true").session(town.reviewer()),
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true")
					.session(town.confidentiality()))) {
			this.mvc.perform(step.with(csrf())).andExpect(status().is3xxRedirection());
		}
		return id;
	}

}
