package org.gongkai.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.NewUser;
import org.gongkai.account.Role;
import org.gongkai.account.UserSummary;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationSignOff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads a believable (fictitious) county on first start in demo mode: 青溪县人民政府, three
 * departments, two townships with villages (河西镇 requires its leader's sign-off before
 * publication), and one account per role (柳湾村 has its own clerk, reviewer and supervision
 * committee member); each of the six government agencies gets about two hundred published
 * items across its catalogue columns (see {@link DemoTexts}), each village a year of
 * monthly accounts and some event postings ({@link DemoVillages}). Demo passwords are
 * random, set anew at every start in demo mode and printed to the console, or all the one
 * given in {@code GONGKAI_DEMO_PASSWORD} ({@link DemoProperties}), which must meet the
 * password policy for every demo account or the start fails; outside demo mode nothing is
 * printed or set.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoCounty implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

	static final String COUNTY = "11451227526018159G";

	/** Every demo agency, county first; each gets {@link #ITEMS} published items. */
	static final List<String> AGENCIES = List.of(COUNTY, "11451227083016613Q", "11451227186091390E",
			"114512279960308247", "11451227628194821P", "11451227993518190Y", "54451227937865797E",
			"544512275432319480", "54451227757491186M", "54451227252760189G");

	/**
	 * Published items per demo agency, unless {@code gongkai.demo.items-per-agency} says
	 * otherwise.
	 */
	static final int ITEMS = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String HEXI = "11451227628194821P";

	/** The demo accounts, one per role, in the order the console lists them. */
	static final List<DemoAccount> ACCOUNTS = List.of(new DemoAccount("demo-clerk", "河西镇信息员 李敏", Role.CLERK, HEXI),
			new DemoAccount("demo-reviewer", "河西镇审核员 王强", Role.REVIEWER, HEXI),
			new DemoAccount("demo-secrecy", "河西镇保密审查员 赵丽", Role.CONFIDENTIALITY_REVIEWER, HEXI),
			new DemoAccount("demo-leader", "河西镇分管领导 陈刚", Role.LEADER, HEXI),
			new DemoAccount("demo-office", "县政务公开办 周洁", Role.DISCLOSURE_OFFICE, COUNTY),
			new DemoAccount("demo-village-clerk", "柳湾村村务公开员 刘芳", Role.CLERK, DemoVillages.DUE_MISSING),
			new DemoAccount("demo-village-reviewer", "柳湾村村委会主任 黄建国", Role.REVIEWER, DemoVillages.DUE_MISSING),
			new DemoAccount("demo-supervisor", "柳湾村村务监督委员会主任 马德明", Role.VILLAGE_SUPERVISOR, DemoVillages.DUE_MISSING),
			new DemoAccount("demo-sysadmin", "系统管理员 孙伟", Role.SYSTEM_ADMIN, null),
			new DemoAccount("demo-secadmin", "安全管理员 吴芳", Role.SECURITY_ADMIN, null),
			new DemoAccount("demo-auditor", "审计管理员 郑浩", Role.AUDIT_ADMIN, null));

	private final GongkaiProperties properties;

	private final AgencyManagement agencies;

	private final AccountManagement accounts;

	private final CatalogManagement catalog;

	private final PublicationQueries publications;

	private final DemoPublishing demoPublishing;

	private final PublicationSignOff signOff;

	private final DemoProperties demo;

	private final Clock clock;

	private final DemoVillages villages;

	DemoCounty(GongkaiProperties properties, DemoProperties demo, AgencyManagement agencies, AccountManagement accounts,
			CatalogManagement catalog, PublicationQueries publications, DemoPublishing demoPublishing,
			PublicationSignOff signOff, Clock clock, DemoVillages villages) {
		this.villages = villages;
		this.properties = properties;
		this.demo = demo;
		this.agencies = agencies;
		this.accounts = accounts;
		this.catalog = catalog;
		this.publications = publications;
		this.demoPublishing = demoPublishing;
		this.signOff = signOff;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo()) {
			return;
		}
		checkFixedPassword();
		if (this.agencies.findByCreditCode(COUNTY).isEmpty()) {
			loadAgencies();
		}
		loadPublications();
		Map<String, String> passwords = provisionUsers();
		StringBuilder table = new StringBuilder(this.demo.fixedPassword()
				? "\n\n  Gongkai demo accounts (demo mode only; every password is GONGKAI_DEMO_PASSWORD)\n"
				: "\n\n  Gongkai demo accounts (demo mode only; new passwords at every start)\n");
		passwords.forEach((user, password) -> table.append(String.format("    %-22s %s%n", user,
				this.demo.fixedPassword() ? "(GONGKAI_DEMO_PASSWORD)" : password)));
		log.warn("{}", table);
	}

	/**
	 * Refuses to start the demo with a password given for every demo account that fails
	 * the password policy for any of them, before anything is loaded or set.
	 * @throws IllegalStateException naming the account and the rule
	 */
	private void checkFixedPassword() {
		if (!this.demo.fixedPassword()) {
			return;
		}
		for (DemoAccount account : ACCOUNTS) {
			String username = account.username();
			try {
				this.accounts.checkPassword(username, this.demo.password());
			}
			catch (RuleViolationException ex) {
				String message = "GONGKAI_DEMO_PASSWORD (gongkai.demo.password) does not meet the password policy for "
						+ "the demo account '" + username + "': " + ex.getMessage() + " (" + ex.messageKey()
						+ "). Use 10 to 128 characters with three of: upper case, lower case, digits, symbols; "
						+ "not containing a demo login name; not a common password. The demo was not started.";
				log.error(message);
				throw new IllegalStateException(message, ex);
			}
		}
	}

	private void loadAgencies() {
		long county = create(COUNTY, "青溪县人民政府", "青溪县政府", AgencyLevel.COUNTY, null, "青溪县城关镇人民路1号", "0771-5210001",
				"qxzwgk@qingxi.gov.cn");
		create("11451227083016613Q", "青溪县财政局", "县财政局", AgencyLevel.DEPARTMENT, county, "青溪县城关镇人民路8号", "0771-5210102",
				"czj@qingxi.gov.cn");
		create("11451227186091390E", "青溪县民政局", "县民政局", AgencyLevel.DEPARTMENT, county, "青溪县城关镇民主街12号", "0771-5210203",
				"mzj@qingxi.gov.cn");
		create("114512279960308247", "青溪县教育局", "县教育局", AgencyLevel.DEPARTMENT, county, "青溪县城关镇学府路3号", "0771-5210304",
				"jyj@qingxi.gov.cn");
		long hexi = create(HEXI, "青溪县河西镇人民政府", "河西镇", AgencyLevel.TOWNSHIP, county, "青溪县河西镇河西街20号", "0771-5230001",
				"hxz@qingxi.gov.cn");
		long shanyang = create("11451227993518190Y", "青溪县山阳乡人民政府", "山阳乡", AgencyLevel.TOWNSHIP, county, "青溪县山阳乡山阳街5号",
				"0771-5240001", "syx@qingxi.gov.cn");
		create("54451227937865797E", "青溪县河西镇柳湾村民委员会", "柳湾村", AgencyLevel.VILLAGE, hexi, "河西镇柳湾村村委会", null, null);
		create("544512275432319480", "青溪县河西镇新街社区居民委员会", "新街社区", AgencyLevel.VILLAGE, hexi, "河西镇新街社区服务中心", null, null);
		create("54451227757491186M", "青溪县山阳乡石门村民委员会", "石门村", AgencyLevel.VILLAGE, shanyang, "山阳乡石门村村委会", null, null);
		create("54451227252760189G", "青溪县山阳乡桃源村民委员会", "桃源村", AgencyLevel.VILLAGE, shanyang, "山阳乡桃源村村委会", null, null);
		// 河西镇 shows 三审: its items need the leader's sign-off after confidentiality review
		this.signOff.requireInDemo(hexi);
		log.info("Loaded the demo county");
	}

	/**
	 * Gives every demo agency without published items its share of them ({@link #ITEMS}
	 * by default), composed from the phrase bank with a random seeded by the agency's
	 * credit code (so the demo looks the same at every start), published in date order.
	 */
	private void loadPublications() {
		long start = System.nanoTime();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
		DemoTexts texts = DemoTexts.load();
		LocalDate today = LocalDate.now(this.clock);
		int loaded = 0;
		for (String code : AGENCIES) {
			AgencySummary agency = this.agencies.findByCreditCode(code).orElseThrow().summary();
			if (this.publications.publicList(agency.id(), null, 0, 1).getTotalElements() > 0) {
				continue;
			}
			if (agency.level() == AgencyLevel.VILLAGE) {
				// villages post village affairs, not the government's catalogue
				loaded += this.villages.load(agency, today);
				continue;
			}
			Map<String, Long> columns = new LinkedHashMap<>();
			for (ColumnNode column : this.catalog.publicTree(agency.id())) {
				if (column.code() != null) {
					columns.put(column.code(), column.id());
				}
			}
			List<DemoTexts.Item> items = composeAll(texts, agency, columns.keySet(), today, this.demo.itemsPerAgency());
			this.demoPublishing.publish(agency.id(), columns, items);
			loaded += items.size();
		}
		if (loaded > 0) {
			long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
			log.info("Published {} demo items in {} ms ({} ms CPU time of the loading thread)", loaded,
					(System.nanoTime() - start) / 1_000_000, cpu / 1_000_000);
		}
	}

	/** The items of one demo agency, in the order they are published. */
	static List<DemoTexts.Item> composeAll(DemoTexts texts, AgencySummary agency, Set<String> columnCodes,
			LocalDate today, int count) {
		Random random = new Random(seed(agency.creditCode()));
		List<DemoTexts.Item> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			items.add(texts.compose(random, agency.name(), agency.shortName(), columnCodes, today));
		}
		items.sort(Comparator.comparing(DemoTexts.Item::publishedOn).thenComparing(DemoTexts.Item::madeOn));
		return items;
	}

	static long seed(String creditCode) {
		long seed = 2026;
		for (char c : creditCode.toCharArray()) {
			seed = seed * 31 + c;
		}
		return seed;
	}

	private long create(String code, String name, String shortName, AgencyLevel level, Long parent, String address,
			String phone, String email) {
		return this.agencies.create(new AgencyData(code, name, shortName, level, parent, address, "530700",
				"工作日 8:30-12:00，14:30-17:30", phone, phone, email, "https://www.qingxi.gov.cn", 0));
	}

	private Map<String, String> provisionUsers() {
		Map<String, String> passwords = new LinkedHashMap<>();
		List<UserSummary> existing = this.accounts.users();
		for (DemoAccount row : ACCOUNTS) {
			String username = row.username();
			String password = this.demo.fixedPassword() ? this.demo.password() : randomPassword();
			UserSummary user = existing.stream().filter((u) -> u.username().equals(username)).findFirst().orElse(null);
			Long agency = (row.creditCode() != null)
					? this.agencies.findByCreditCode(row.creditCode()).orElseThrow().summary().id() : null;
			NewUser account = new NewUser(username, row.displayName(), password,
					List.of(new Grant(row.role(), agency)));
			if (row.role().isAdministrator()) {
				// 三员分立 holds outside the demo; here whoever started it holds every
				// account
				long id = (user != null) ? user.id() : this.accounts.bootstrapAdministrator(account);
				this.accounts.setDemoAdministratorPassword(id, password);
			}
			else if (user == null) {
				this.accounts.createUser(account, false);
			}
			else {
				this.accounts.resetPassword(user.id(), password, false);
			}
			passwords.put(username, password);
		}
		return passwords;
	}

	static String randomPassword() {
		String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		String lower = "abcdefghijkmnopqrstuvwxyz";
		String digits = "23456789";
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			out.append(upper.charAt(RANDOM.nextInt(upper.length())));
			out.append(lower.charAt(RANDOM.nextInt(lower.length())));
			out.append(digits.charAt(RANDOM.nextInt(digits.length())));
		}
		return out.toString();
	}

	/**
	 * A demo account.
	 *
	 * @param creditCode the agency its role is for, {@code null} for an administrator
	 */
	record DemoAccount(String username, String displayName, Role role, String creditCode) {
	}

}
