package org.gongkai.privacy.rules;

import java.util.List;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 13.2: personal data in every form it is typed. Full-width digits and letters,
 * ideographic spaces and hyphens inside numbers, home addresses below township level,
 * bare secrecy words in a marking position and names in mailbox replies; offsets always
 * point into the original text.
 */
class PersonalDataFormsTests {

	private final PrivacyScanner scanner = new PrivacyScanner(PrivacyScannerTests.CLOCK);

	@Test
	void findsAFullWidthMobileNumberAndMasksItInFullWidth() {
		assertThat(this.scanner.scan("电话１３９１２３４５６７８。"))
			.containsExactly(new Finding(FindingType.MOBILE, 2, 13, "１３９＊＊＊＊５６７８"));
		assertThat(this.scanner.maskAll("电话１３９１２３４５６７８。")).isEqualTo("电话１３９＊＊＊＊５６７８。");
	}

	@ParameterizedTest
	@ValueSource(strings = { "139\u30001234\u30005678", "１３９　１２３４　５６７８", "139－1234－5678", "139‐1234‐5678",
			"＋８６ １３９１２３４５６７８" })
	void findsAMobileNumberWithIdeographicSpacesFullWidthHyphensOrAFullWidthCountryCode(String number) {
		List<Finding> findings = this.scanner.scan("手机" + number + "，");
		assertThat(findings).extracting(Finding::type, Finding::start, Finding::end)
			.containsExactly(tuple(FindingType.MOBILE, 2, 2 + number.length()));
		assertThat(findings.get(0).masked()).matches("(139|１３９)(\\*{4}|＊{4})(5678|５６７８)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "110101 19900307 651X", "110101-19900307-651X", "110101\u300019900307\u3000651X",
			"110101－19900307－651x" })
	void findsAnIdNumberWithSpacesOrHyphensBetweenAreaBirthDateAndSequence(String id) {
		assertThat(this.scanner.scan("身份证号：" + id + "。")).containsExactly(
				new Finding(FindingType.ID_CARD, 5, 5 + id.length(), "11*************51" + id.charAt(id.length() - 1)));
	}

	@Test
	void findsAFullWidthIdNumberAndKeepsItsWidthInTheMask() {
		String id = "１１０１０１１９９００３０７６５１Ｘ";
		assertThat(this.scanner.scan("证件号码" + id))
			.containsExactly(new Finding(FindingType.ID_CARD, 4, 22, "１１＊＊＊＊＊＊＊＊＊＊＊＊＊５１Ｘ"));
	}

	@Test
	void findsAGroupedLegacyIdNumberAndAFullWidthCard() {
		assertThat(this.scanner.scan("旧证 350102 491231 123")).extracting(Finding::type, Finding::start, Finding::end)
			.containsExactly(tuple(FindingType.ID_CARD, 3, 20));
		String card = PersonalDataFixtures.cardNumber("622202020012345678");
		String wide = toFullWidth(PersonalDataFixtures.grouped(card, "\u3000"));
		assertThat(this.scanner.scan("卡号" + wide)).containsExactly(new Finding(FindingType.BANK_CARD, 2,
				2 + wide.length(), "６２２２" + "＊".repeat(11) + toFullWidth(card.substring(15))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "110101 19900307 651X 12", "9 110101 19900307 651X", "110101 19900307-651X",
			"110101 1990030 7651X", "110101 19900307 651XY", "110101 19900307 6519", "350102 491231 1234",
			"110101 19900307 65X", "１１０１０１　１９９００３０７　６５１", "110101 19900307 ", "110101 19900307", "110101 ",
			"350102 4912311 123" })
	void findsNoIdNumberInOtherGroupings(String text) {
		assertThat(this.scanner.scan(text)).extracting(Finding::type).doesNotContain(FindingType.ID_CARD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "青山县城关镇东风村3组12号", "东风村三组", "家住人民路25号", "解放街3号附近", "阳光小区5栋2单元302室", "幸福小区12号楼", "沿江大道88号",
			"南锣鼓巷8号", "东四胡同5号", "3栋2单元501室", "５栋２单元３０２室", "人民路25-3号", "淮海路123弄4号" })
	void findsHomeAddressesBelowTownshipLevel(String text) {
		assertThat(this.scanner.scan(text)).extracting(Finding::type).containsExactly(FindingType.ADDRESS);
	}

	@Test
	void eachPlaceTakesItsOwnFirstUnitAndARoomNumberMayFollowABuildingOrUnit() {
		assertThat(addressAfter("幸福小区3栋2单元501")).isEqualTo("3栋2单元501");
		assertThat(addressAfter("幸福小区3栋501")).isEqualTo("3栋501");
		assertThat(addressAfter("幸福小区3幢501")).isEqualTo("3幢501");
		assertThat(addressAfter("幸福小区12号楼301")).isEqualTo("12号楼301");
		assertThat(addressAfter("幸福小区3栋2单元50")).isEqualTo("3栋2单元");
		assertThat(addressAfter("人民路25号501")).isEqualTo("25号");
		assertThat(addressAfter("东风村3组501")).isEqualTo("3组");
		assertThat(addressAfter("幸福小区3栋2室501")).isEqualTo("3栋2室");
		assertThat(addressAfter("人民路3弄")).isEqualTo("3弄");
		assertThat(addressAfter("东风村5栋")).isEqualTo("5栋");
		assertThat(addressAfter("东风村5幢")).isEqualTo("5幢");
		assertThat(addressAfter("东风村5号")).isEqualTo("5号");
		assertThat(addressAfter("幸福小区3幢")).isEqualTo("3幢");
		assertThat(addressAfter("幸福小区3号")).isEqualTo("3号");
		assertThat(addressAfter("3幢2单元")).isEqualTo("3幢2单元");
		assertThat(addressAfter("人民路123456号")).isEqualTo("123456号");
		assertThat(addressAfter("东风村六五四三二一组")).isEqualTo("六五四三二一组");
		for (String none : List.of("人民路3组", "人民路3栋", "人民路3室", "东风村3室", "东风村3弄", "幸福小区3组", "幸福小区3室", "幸福小区3楼",
				"人民路1234567号", "东风村七六五四三二一组", "人民路25-号", "人民路-3号", "3栋2", "3楼2单元")) {
			assertThat(this.scanner.scan(none)).as(none).isEmpty();
		}
	}

	private String addressAfter(String text) {
		List<Finding> findings = this.scanner.scan(text);
		assertThat(findings).as(text).extracting(Finding::type).containsExactly(FindingType.ADDRESS);
		return text.substring(findings.get(0).start(), findings.get(0).end());
	}

	@Test
	void foldsExactlyTheFullWidthBlockAndMasksWideCharsWide() {
		assertThat(FullWidth.fold('！')).isEqualTo('!');
		assertThat(FullWidth.fold('～')).isEqualTo('~');
		assertThat(FullWidth.fold('\uFF00')).isEqualTo('\uFF00');
		assertThat(FullWidth.fold('\uFF5F')).isEqualTo('\uFF5F');
		assertThat(FullWidth.fold('\u2010')).isEqualTo('-');
		assertThat(FullWidth.fold('\u2011')).isEqualTo('-');
		assertThat(FullWidth.fold('\u2012')).isEqualTo('\u2012');
		assertThat(FullWidth.fold('\u200F')).isEqualTo('\u200F');
		assertThat(FullWidth.fold("abc")).isSameAs("abc");
		assertThat(FullWidth.isWide('！')).isTrue();
		assertThat(FullWidth.isWide('～')).isTrue();
		assertThat(FullWidth.isWide('\uFF00')).isFalse();
		assertThat(FullWidth.isWide('\uFF5F')).isFalse();
		assertThat(FullWidth.maskFor('\u3000')).isEqualTo('＊');
		assertThat(FullWidth.maskFor('\u2FFF')).isEqualTo('*');
		assertThat(FullWidth.maskFor('９')).isEqualTo('＊');
	}

	@Test
	void aNameOverlappingOtherFindingsGivesWayAndTheNearestThreeCharsCount() {
		String text = "13912345678 zhang zhang@example.com";
		assertThat(this.scanner.scan(text, List.of("zhang"))).extracting(Finding::type, Finding::start, Finding::end)
			.containsExactly(tuple(FindingType.MOBILE, 0, 11), tuple(FindingType.NAME, 12, 17),
					tuple(FindingType.EMAIL, 18, 35));
		assertThat(this.scanner.scan("李王小明女士", List.of())).extracting(Finding::start, Finding::end)
			.containsExactly(tuple(1, 4));
		assertThat(this.scanner.scan("致李先生", List.of())).extracting(Finding::start, Finding::end)
			.containsExactly(tuple(1, 2));
		assertThat(this.scanner.scan("王先生", List.of())).extracting(Finding::start, Finding::end)
			.containsExactly(tuple(0, 1));
		assertThat(this.scanner.scan("一王先生", List.of("王", " "))).extracting(Finding::start, Finding::end)
			.containsExactly(tuple(1, 2));
		assertThat(this.scanner.scan("鿿王先生 a王先生", List.of())).extracting(Finding::start, Finding::end)
			.containsExactly(tuple(1, 2), tuple(6, 7));
		assertThat(this.scanner.scan("王王王王先生", List.of())).extracting(Finding::start, Finding::end)
			.containsExactly(tuple(1, 4));
	}

	@Test
	void aBareMarkingMayEndTheTextOrFollowACarriageReturn() {
		assertThat(this.scanner.scan("【内部】")).extracting(Finding::start, Finding::end).containsExactly(tuple(0, 4));
		assertThat(this.scanner.scan("【内部")).isEmpty();
		assertThat(this.scanner.scan("【内部）")).isEmpty();
		assertThat(this.scanner.scan("〔秘密〕\n")).extracting(Finding::end).containsExactly(4);
		assertThat(this.scanner.scan("（机密）\t")).extracting(Finding::end).containsExactly(4);
		assertThat(this.scanner.scan("［绝密］ ")).extracting(Finding::end).containsExactly(4);
		assertThat(this.scanner.scan("正文\r内部\r\n")).extracting(Finding::start, Finding::end)
			.containsExactly(tuple(3, 5));
		assertThat(this.scanner.scan("\t内部")).extracting(Finding::start).containsExactly(1);
	}

	@Test
	void anAddressFindingIsTheHouseNumberMaskedDigitByDigit() {
		String text = "申请人住幸福小区3栋2单元501室，电话略。";
		assertThat(this.scanner.scan(text)).containsExactly(new Finding(FindingType.ADDRESS, 8, 17, "*栋*单元***室"));
		assertThat(this.scanner.maskAll("东风村三组１２号")).isEqualTo("东风村＊组＊＊号");
	}

	@ParameterizedTest
	@ValueSource(strings = { "人民路交通管制", "根据第3号文件", "青政发〔2024〕12号", "地铁2号线", "人民路2号线", "3路公交车", "街道办事处", "村道硬化工程",
			"小区物业", "3栋楼", "渠道3号", "通道1号", "国道324线", "人民路小学", "东风村委会", "全村3000人", "幸福小区3期" })
	void findsNoAddressWhereThereIsNoHome(String text) {
		assertThat(this.scanner.scan(text)).isEmpty();
	}

	@Test
	void leavesTheAgenciesOfficeAddressesAlone() {
		PrivacyScanner withOffices = new PrivacyScanner(PrivacyScannerTests.CLOCK,
				() -> List.of("青山县人民路1号", "青山县城关镇东风村3组"));
		assertThat(withOffices.scan("来访地址：青山县人民路1号县政府办公室。")).isEmpty();
		assertThat(withOffices.scan("地址：人民路1号3楼")).isEmpty();
		assertThat(withOffices.scan("村委会在东风村3组")).isEmpty();
		assertThat(withOffices.scan("申请人住解放路1号")).extracting(Finding::type).containsExactly(FindingType.ADDRESS);
		assertThat(withOffices.scan("申请人住人民路12号")).extracting(Finding::type).containsExactly(FindingType.ADDRESS);
		assertThat(withOffices.scan("人民路1号")).isEmpty();
		assertThat(new PrivacyScanner(PrivacyScannerTests.CLOCK, () -> List.of("路1号")).scan("解放路1号")).isEmpty();
		assertThat(new PrivacyScanner(PrivacyScannerTests.CLOCK, () -> java.util.Arrays.asList(null, "县政府大院"))
			.scan("人民路1号")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "内部", "秘密", "机密", "绝密", "内部资料", "  内部资料  注意保存", "【内部】", "　秘密" })
	void findsABareSecrecyWordThatStartsALine(String line) {
		String text = "关于印发工作要点的通知\n" + line + "\n正文";
		List<Finding> findings = this.scanner.scan(text);
		assertThat(findings).extracting(Finding::type).containsExactly(FindingType.SECRECY_MARK);
		assertThat(text.substring(findings.get(0).start(), findings.get(0).end()))
			.isEqualTo(line.strip().replace("  注意保存", ""));
		assertThat(this.scanner.scan(line + "\n正文")).extracting(Finding::type)
			.containsExactly(FindingType.SECRECY_MARK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "加强内部管理，保守秘密。", "内部管理制度", "\n保守秘密是公民的义务", "机密文件", "绝密级", "秘密地", "这是内部资料，请勿外传",
			"各单位要严格执行内部审批", "\n秘密们" })
	void findsNoSecrecyWordInProse(String text) {
		assertThat(this.scanner.scan(text)).isEmpty();
	}

	@Test
	void findsTheWritersNameAndSalutationsInAReply() {
		String reply = "赵六同志：您好！来信收悉。经王小明女士核实，李先生反映的问题已解决。感谢高先生。赵六的诉求已转交。";
		List<Finding> findings = this.scanner.scan(reply, List.of("赵六"));
		assertThat(findings).extracting(Finding::type, (f) -> reply.substring(f.start(), f.end()), Finding::masked)
			.containsExactly(tuple(FindingType.NAME, "赵六", "赵*"), tuple(FindingType.NAME, "王小明", "王**"),
					tuple(FindingType.NAME, "李", "*"), tuple(FindingType.NAME, "高", "*"),
					tuple(FindingType.NAME, "赵六", "赵*"));
		assertThat(this.scanner.maskAll(reply, List.of("赵六"))).doesNotContain("赵六", "王小明", "李先生", "高先生")
			.contains("赵*同志", "王**女士");
	}

	@ParameterizedTest
	@ValueSource(strings = { "各位同志：", "女士们、先生们", "广大党员同志", "老同志", "有关同志", "相关同志", "致全体同志", "尊敬的先生", "先生" })
	void findsNoNameInSalutationsWithoutOne(String text) {
		assertThat(this.scanner.scan(text, List.of())).isEmpty();
	}

	@Test
	void findsNoNamesInAnOrdinaryScan() {
		assertThat(this.scanner.scan("张三同志任县长。")).isEmpty();
	}

	@Test
	void everyFindingTypeHasAChineseLabelForTheScanAndTheReviewScreens() throws Exception {
		for (String bundle : List.of("/messages/privacy.properties", "/messages/publication.properties")) {
			java.util.Properties messages = new java.util.Properties();
			try (var in = getClass().getResourceAsStream(bundle)) {
				messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			String prefix = bundle.contains("privacy") ? "privacy.finding." : "publication.finding-type.";
			for (FindingType type : FindingType.values()) {
				assertThat(messages.getProperty(prefix + type)).as(bundle + " " + type).isNotBlank();
			}
		}
	}

	static String toFullWidth(String ascii) {
		StringBuilder wide = new StringBuilder(ascii.length());
		for (char c : ascii.toCharArray()) {
			wide.append((c > ' ' && c < 0x7f) ? (char) (c + 0xFEE0) : (c == ' ' ? '\u3000' : c));
		}
		return wide.toString();
	}

}
