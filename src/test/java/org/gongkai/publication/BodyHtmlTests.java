package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rich-text bodies: hostile markup is removed on save, plain text becomes escaped
 * paragraphs, old plain-text bodies render as before, and the scanner finds personal data
 * a tag or a character reference would hide, masking it in the stored HTML.
 */
class BodyHtmlTests {

	static final String ID_NUMBER = "11010519491231002X";

	final PrivacyScanner scanner = new PrivacyScanner(
			Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@Test
	void scriptsHandlersStylesFramesImagesAndJavascriptLinksAreRemoved() {
		String stored = BodyHtml.fromInput("<p onclick=\"steal()\" style=\"color:red\">通知</p>"
				+ "<script>alert('x')</script><style>p{display:none}</style>"
				+ "<img src=x onerror=\"alert(1)\"><iframe src=\"https://evil.example\"></iframe>"
				+ "<a href=\"javascript:alert(1)\">点我</a><a href=\"JaVaScRiPt:alert(1)\">再点</a>"
				+ "<a href=\"data:text/html,<script>alert(1)</script>\">数据</a><svg onload=alert(1)></svg>"
				+ "<form action=\"https://evil.example\"><input name=x></form><h1>一级</h1><object data=x></object>");
		assertThat(stored).doesNotContainIgnoringCase("script")
			.doesNotContainIgnoringCase("onclick")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("onload")
			.doesNotContainIgnoringCase("style")
			.doesNotContainIgnoringCase("<img")
			.doesNotContainIgnoringCase("<iframe")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("data:")
			.doesNotContainIgnoringCase("<svg")
			.doesNotContainIgnoringCase("<form")
			.doesNotContainIgnoringCase("<input")
			.doesNotContainIgnoringCase("<h1")
			.doesNotContainIgnoringCase("<object")
			.contains("<p>通知</p>", "点我", "一级");
	}

	@Test
	void theRichTextOfANoticeSurvives() {
		String stored = BodyHtml.fromInput("<h2>一、总体要求</h2><p><strong>重点</strong><em>强调</em><u>下划线</u><br>换行</p>"
				+ "<ul><li>甲</li></ul><ol><li>乙</li></ol><h3>三级</h3><h4>四级</h4>"
				+ "<table><thead><tr><th>项目</th></tr></thead><tbody><tr><td colspan=\"2\">1</td></tr></tbody></table>"
				+ "<p><a href=\"https://www.gov.cn/\">中国政府网</a> <a href=\"mailto:gkb@example.gov.cn\">来信</a>"
				+ " <a href=\"ftp://x.example/\">ftp</a></p>");
		assertThat(stored)
			.contains("<h2>一、总体要求</h2>", "<strong>重点</strong>", "<em>强调</em>", "<u>下划线</u>", "<br />",
					"<ul><li>甲</li></ul>", "<ol><li>乙</li></ol>", "<h3>三级</h3>", "<h4>四级</h4>", "<th>项目</th>",
					"<td colspan=\"2\">1</td>", "<a href=\"https://www.gov.cn/\" rel=\"nofollow noopener\">中国政府网</a>",
					"href=\"mailto:gkb&#64;example.gov.cn\"")
			.doesNotContain("ftp://");
	}

	@Test
	void textWithoutTagsBecomesEscapedParagraphs() {
		assertThat(BodyHtml.fromInput("第一段\n续行\n\n\n第二段 1 < 2 & 3 > 0"))
			.isEqualTo("<p>第一段<br />续行</p><p>第二段 1 &lt; 2 &amp; 3 &gt; 0</p>");
		assertThat(BodyHtml.blank(BodyHtml.fromInput("<script>alert(1)</script>"))).isTrue();
	}

	@Test
	void oldPlainTextBodiesRenderExactlyAsBefore() {
		// before rich text: one <p> per block between blank lines, its text escaped
		assertThat(BodyHtml.fromPlainText("全县各乡镇：\n\n请做好<b>防火</b>工作。\n  \n"))
			.isEqualTo("<p>全县各乡镇：</p><p>请做好&lt;b&gt;防火&lt;/b&gt;工作。</p>");
	}

	@Test
	void anIdNumberSplitByATagIsFoundAndMaskedKeepingTheMarkupBalanced() {
		String stored = BodyHtml.fromInput("<p>身份证 1101051949<strong>1231002X</strong> 已核实</p>");
		List<Finding> found = BodyHtml.scan(this.scanner, stored);
		assertThat(found).singleElement().satisfies((f) -> {
			assertThat(f.type()).isEqualTo(FindingType.ID_CARD);
			assertThat(stored.substring(f.start(), f.end())).isEqualTo("1101051949<strong>1231002X");
		});
		Finding f = found.get(0);
		String masked = stored.substring(0, f.start()) + BodyHtml.replacement(stored, f.start(), f.end(), f.masked())
				+ stored.substring(f.end());
		assertThat(masked).isEqualTo("<p>身份证 11*************02X<strong></strong> 已核实</p>");
		assertThat(BodyHtml.scan(this.scanner, masked)).isEmpty();
	}

	@Test
	void blocksDoNotRunTogether() {
		// two paragraphs of nine digits each are not an ID number
		assertThat(BodyHtml.scan(this.scanner, BodyHtml.fromInput("<p>110105194</p><p>91231002X</p>"))).isEmpty();
	}

	@Test
	void mailAddressesAreFoundThoughTheSanitiserWritesTheirAtSignAsAReference() {
		String stored = BodyHtml.fromInput("<p>联系 zhangsan@qq.com 或 <a href=\"mailto:lisi@163.com\">李四</a></p>");
		assertThat(stored).contains("zhangsan&#64;qq.com").doesNotContain("zhangsan@qq.com");
		List<Finding> found = BodyHtml.scan(this.scanner, stored);
		assertThat(found).extracting(Finding::type).containsExactly(FindingType.EMAIL, FindingType.EMAIL);
		assertThat(stored.substring(found.get(0).start(), found.get(0).end())).isEqualTo("zhangsan&#64;qq.com");
		assertThat(stored.substring(found.get(1).start(), found.get(1).end())).isEqualTo("lisi&#64;163.com");
	}

	@Test
	void theVisibleTextLeavesOutTagsAndDecodesReferences() {
		assertThat(
				BodyHtml.visibleText(BodyHtml.fromInput("<p>甲 &amp; 乙</p><p><a href=\"https://a.example\">丙</a></p>")))
			.isEqualTo("甲 & 乙\n\n丙");
	}

}
