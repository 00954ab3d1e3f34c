package org.gongkai.privacy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;

/**
 * Throughput of {@link PrivacyScanner#scan} on about 50 MB (UTF-8) of generated
 * government-notice prose with personal data sprinkled in: a warm-up, then five timed
 * runs. Not a test; {@code bench/scanner/run.sh} runs it and compares with
 * {@code grep -P}.
 *
 * <p>
 * Arguments: an optional file to write the generated text to (UTF-8), and an optional
 * size in MB (default 50).
 */
public final class ScannerBenchmark {

	private static final List<String> PROSE = List.of("根据《中华人民共和国政府信息公开条例》第二十条规定，现将本机关2024年度部门预算公开如下。",
			"各乡镇人民政府，县直各单位：经县人民政府同意，现将有关事项通知如下，请认真贯彻执行。", "本年度共受理政府信息公开申请12件，均在法定期限内作出答复，未发生行政复议和行政诉讼。",
			"联系电话：0771-5210001，传真：(0771)5210002，电子邮箱：office@qingshan.gov.cn。",
			"索引号：11441700007280420Y/2021-00050，发文字号：青政发〔2024〕12号，成文日期：2024-05-01。",
			"项目总投资1,234,567.89元，其中中央财政资金占60%，地方配套资金于20240501前到位。", "各单位要依法保护国家秘密和商业秘密，严禁在互联网上处理涉密信息，不得泄露工作秘密。",
			"统一社会信用代码11441700007280420Y的单位应于2025年3月31日前完成年度报告公示。", "县人民政府办公室关于印发《青山县城乡居民最低生活保障实施办法》的通知。",
			"对符合条件的困难群众，按照每人每月480元的标准发放保障金，资金实行社会化发放。", "坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。",
			"办理时限为自收到申请之日起20个工作日，需要延长答复期限的，延长期限最长不超过20个工作日。", "本通知自发布之日起施行，有效期5年，由县民政局负责解释。");

	private static final String[] SURNAMES = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄" };

	private static final String[] AREAS = { "450103", "450821", "350102", "110105", "440305", "530702" };

	private ScannerBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int megabytes = (args.length > 1) ? Integer.parseInt(args[1]) : 50;
		String text = generate(megabytes * 1_000_000L, new Random(20240501));
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		if (args.length > 0) {
			Files.write(Path.of(args[0]), utf8);
		}
		double mb = utf8.length / 1e6;
		System.out.printf("text: %.1f MB UTF-8, %d chars%n", mb, text.length());
		PrivacyScanner scanner = new PrivacyScanner(
				Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
		List<Finding> findings = List.of();
		for (int i = 0; i < 5; i++) {
			findings = scanner.scan(text);
		}
		double[] rates = new double[5];
		for (int run = 0; run < rates.length; run++) {
			long start = System.nanoTime();
			findings = scanner.scan(text);
			double seconds = (System.nanoTime() - start) / 1e9;
			rates[run] = mb / seconds;
			System.out.printf("run %d: %.3f s, %.0f MB/s%n", run + 1, seconds, rates[run]);
		}
		Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
		findings.forEach((finding) -> counts.merge(finding.type(), 1, Integer::sum));
		System.out.println("findings: " + findings.size() + " " + counts);
		Arrays.sort(rates);
		System.out.printf("scanner median MB/s: %.0f%n", rates[rates.length / 2]);
	}

	/**
	 * Prose paragraphs; about every tenth sentence carries personal data or a marking.
	 */
	static String generate(long bytes, Random random) {
		StringBuilder text = new StringBuilder((int) (bytes / 3) + 1024);
		long written = 0;
		while (written < bytes) {
			int before = text.length();
			if (random.nextInt(10) == 0) {
				text.append(personalSentence(random));
			}
			else {
				text.append(PROSE.get(random.nextInt(PROSE.size())));
			}
			if (random.nextInt(6) == 0) {
				text.append('\n');
			}
			written += text.substring(before).getBytes(StandardCharsets.UTF_8).length;
		}
		return text.toString();
	}

	private static String personalSentence(Random random) {
		String name = SURNAMES[random.nextInt(SURNAMES.length)] + "某某";
		return switch (random.nextInt(5)) {
			case 0 -> "低保对象" + name + "，身份证号" + idNumber(random) + "，家庭人口3人。";
			case 1 -> "申请人" + name + "，联系电话" + mobile(random) + "，已于2024-05-08受理。";
			case 2 -> "补助资金已打入" + name + "的银行卡" + card(random) + "，请注意查收。";
			case 3 -> "申请人" + name + "的电子邮箱为" + (char) ('a' + random.nextInt(26)) + "user" + random.nextInt(1000)
					+ "@example.com。";
			default -> new String[] { "秘密★", "机密★10年", "绝密★启用前" }[random.nextInt(3)] + "本页内容不得公开。";
		};
	}

	private static String idNumber(Random random) {
		String first17 = AREAS[random.nextInt(AREAS.length)] + (1940 + random.nextInt(80))
				+ twoDigits(1 + random.nextInt(12)) + twoDigits(1 + random.nextInt(28))
				+ String.format("%03d", random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	private static String mobile(Random random) {
		String digits = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
		return random.nextBoolean() ? digits
				: digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
	}

	private static String card(Random random) {
		String payload = "622202" + String.format("%012d", (long) (random.nextDouble() * 1e12));
		for (char check = '0'; check <= '9'; check++) {
			int sum = 0;
			String digits = payload + check;
			for (int i = 0; i < digits.length(); i++) {
				int value = (digits.charAt(digits.length() - 1 - i) - '0') * ((i % 2 == 1) ? 2 : 1);
				sum += value / 10 + value % 10;
			}
			if (sum % 10 == 0) {
				return digits;
			}
		}
		throw new IllegalStateException("Unreachable");
	}

	private static String twoDigits(int value) {
		return (value < 10) ? "0" + value : String.valueOf(value);
	}

}
