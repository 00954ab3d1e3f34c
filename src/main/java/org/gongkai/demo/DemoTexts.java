package org.gongkai.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.publication.Genre;
import org.gongkai.publication.Validity;

/**
 * Composes believable (fictitious) published items from the phrase bank in
 * {@code demo/phrases.txt}: titles, summaries and bodies, document numbers, dates made
 * between {@link #FIRST} and {@link #LAST}, publication dates a few days later (a few of
 * them late), genres and validity. Everything is drawn from the {@link Random} passed in,
 * so a seeded random gives the same items every time. Also used by the bench/ load
 * generator.
 */
final class DemoTexts {

	/** The earliest date made. */
	static final LocalDate FIRST = LocalDate.of(2025, 1, 2);

	/** The latest date made. */
	static final LocalDate LAST = LocalDate.of(2026, 10, 30);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([a-z]+))?\\}");

	private final Map<String, List<String>> lists = new LinkedHashMap<>();

	private final Map<String, List<String>> prefixes = new LinkedHashMap<>();

	private final List<Topic> topics = new ArrayList<>();

	private DemoTexts() {
	}

	/** Reads the phrase bank from the class path. */
	static DemoTexts load() {
		DemoTexts texts = new DemoTexts();
		try (InputStream in = DemoTexts.class.getResourceAsStream("/demo/phrases.txt")) {
			if (in == null) {
				throw new IllegalStateException("demo/phrases.txt missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Topic topic = null;
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				if (line.startsWith("@topic ")) {
					topic = new Topic(line.substring(7).strip());
					texts.topics.add(topic);
					continue;
				}
				int eq = line.indexOf('=');
				if (eq < 0) {
					throw new IllegalStateException("Bad phrase bank line: " + line);
				}
				String key = line.substring(0, eq).strip();
				String value = line.substring(eq + 1).strip();
				if (key.startsWith("@list ")) {
					texts.lists.put(key.substring(6).strip(), split(value));
				}
				else if (key.startsWith("@prefix ")) {
					texts.prefixes.put(key.substring(8).strip(), split(value));
				}
				else if (topic == null) {
					throw new IllegalStateException("Topic line before any topic: " + line);
				}
				else {
					topic.set(key, value);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

	private static List<String> split(String value) {
		return Arrays.stream(value.split("\\|")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** The column codes some topic fits, in the order the phrase bank names them. */
	Set<String> columnCodes() {
		Set<String> codes = new java.util.LinkedHashSet<>();
		this.topics.forEach((t) -> codes.addAll(t.columns));
		return codes;
	}

	/**
	 * Composes one item for an agency.
	 * @param random the source of every choice
	 * @param agencyName the agency's full name
	 * @param shortName its short name (also the key of its document-number prefixes)
	 * @param columnCodes the template codes of the agency's public columns
	 * @param latest no date after this one
	 */
	Item compose(Random random, String agencyName, String shortName, Set<String> columnCodes, LocalDate latest) {
		List<Topic> fitting = this.topics.stream()
			.filter((t) -> t.columns.stream().anyMatch(columnCodes::contains))
			.toList();
		if (fitting.isEmpty()) {
			throw new IllegalArgumentException("No topic fits the columns " + columnCodes);
		}
		Topic topic = pickWeighted(random, fitting);
		List<String> columns = topic.columns.stream().filter(columnCodes::contains).toList();
		String column = columns.get(random.nextInt(columns.size()));

		LocalDate last = LAST.isBefore(latest) ? LAST : latest;
		LocalDate madeOn = workday(FIRST.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST, last) + 1)));
		if (madeOn.isAfter(last)) {
			madeOn = last;
		}
		boolean late = random.nextInt(100) < 4;
		LocalDate publishedOn = workday(madeOn.plusDays(late ? 40 + random.nextInt(50) : random.nextInt(12)));
		if (publishedOn.isAfter(latest)) {
			publishedOn = latest;
		}
		Context context = new Context(random, agencyName, shortName, madeOn);
		String title = fill(pick(random, topic.titles), context);
		String summary = (topic.summaries.isEmpty() || random.nextInt(10) == 0) ? null
				: fill(pick(random, topic.summaries), context);
		List<String> paragraphs = new ArrayList<>();
		for (int i = 0; i < topic.bodies.size(); i++) {
			if (i == 0 || random.nextInt(4) != 0 || paragraphs.size() + (topic.bodies.size() - i) <= 2) {
				paragraphs.add(fill(topic.bodies.get(i), context));
			}
		}
		paragraphs.add(fill(pick(random, this.lists.get("closing")), context));
		paragraphs.add(agencyName + "\n" + chinese(madeOn));
		String body = String.join("\n\n", paragraphs);
		String number = null;
		List<String> prefix = this.prefixes.get(shortName);
		if (topic.numbered && prefix != null) {
			number = pick(random, prefix) + "〔" + madeOn.getYear() + "〕" + (1 + random.nextInt(60)) + "号";
		}
		Validity validity = Validity.VALID;
		if (topic.genre == Genre.NORMATIVE_DOCUMENT && madeOn.getYear() < LAST.getYear()) {
			int roll = random.nextInt(100);
			validity = (roll < 12) ? Validity.REPEALED : (roll < 25) ? Validity.EXPIRED : Validity.VALID;
		}
		return new Item(column, title, summary, body, number, madeOn, publishedOn, topic.genre, validity);
	}

	private static Topic pickWeighted(Random random, List<Topic> topics) {
		int total = topics.stream().mapToInt((t) -> t.weight).sum();
		int roll = random.nextInt(total);
		for (Topic topic : topics) {
			roll -= topic.weight;
			if (roll < 0) {
				return topic;
			}
		}
		return topics.get(topics.size() - 1);
	}

	private static String pick(Random random, List<String> from) {
		return from.get(random.nextInt(from.size()));
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

	private static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private String fill(String template, Context context) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out,
					Matcher.quoteReplacement(value(matcher.group(1), matcher.group(2), context)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private String value(String name, String argument, Context c) {
		Random random = c.random;
		return switch (name) {
			case "agency" -> c.agencyName;
			case "short" -> c.shortName;
			case "year" -> String.valueOf(c.madeOn.getYear());
			case "prev" -> String.valueOf(c.madeOn.getYear() - 1);
			case "next" -> String.valueOf(c.madeOn.getYear() + 1);
			case "month" -> String.valueOf(c.madeOn.getMonthValue());
			case "day" -> String.valueOf(c.madeOn.getDayOfMonth());
			case "n" -> String.valueOf(2 + random.nextInt(29));
			case "big" -> String.valueOf(100 + random.nextInt(9900));
			case "amount" -> (3 + random.nextInt(2000)) + "." + String.format("%02d", random.nextInt(100));
			case "pct" -> (85 + random.nextInt(15)) + "." + random.nextInt(10);
			case "date" -> chinese(c.madeOn.plusDays(1 + random.nextInt(10)));
			case "name" -> maskedName(random);
			case "roster" -> roster(random);
			case "list" -> {
				List<String> list = this.lists.get(argument);
				if (list == null) {
					throw new IllegalStateException("No list " + argument);
				}
				yield fill(pick(random, list), c);
			}
			default -> throw new IllegalStateException("Unknown placeholder " + name);
		};
	}

	/** A surname followed by one asterisk per hidden character: 张*, 欧阳**. */
	private String maskedName(Random random) {
		return pick(random, this.lists.get("surname")) + "*".repeat(1 + random.nextInt(2));
	}

	private String roster(Random random) {
		StringBuilder out = new StringBuilder("序号　姓名　所在村（社区）　类别　金额（元）");
		int rows = 5 + random.nextInt(8);
		for (int i = 1; i <= rows; i++) {
			out.append('\n')
				.append(i)
				.append('　')
				.append(maskedName(random))
				.append('　')
				.append(pick(random, this.lists.get("village")))
				.append('　')
				.append(pick(random, this.lists.get("assistance")))
				.append('　')
				.append(200 + random.nextInt(2800));
		}
		return out.toString();
	}

	/**
	 * One composed item.
	 *
	 * @param columnCode the template code of its column
	 * @param title the title
	 * @param summary the summary, or {@code null}
	 * @param body the body, paragraphs separated by blank lines
	 * @param documentNumber the document number, or {@code null}
	 * @param madeOn the date made
	 * @param publishedOn the date published (not before the date made)
	 * @param genre the genre
	 * @param validity the validity
	 */
	record Item(String columnCode, String title, String summary, String body, String documentNumber, LocalDate madeOn,
			LocalDate publishedOn, Genre genre, Validity validity) {

	}

	private record Context(Random random, String agencyName, String shortName, LocalDate madeOn) {

	}

	private static final class Topic {

		final String id;

		final List<String> columns = new ArrayList<>();

		Genre genre = Genre.OTHER_DOCUMENT;

		boolean numbered;

		int weight = 1;

		final List<String> titles = new ArrayList<>();

		final List<String> summaries = new ArrayList<>();

		final List<String> bodies = new ArrayList<>();

		Topic(String id) {
			this.id = id;
		}

		void set(String key, String value) {
			switch (key) {
				case "columns" -> this.columns.addAll(split(value));
				case "genre" -> this.genre = Genre.valueOf(value);
				case "number" -> this.numbered = "yes".equals(value);
				case "weight" -> this.weight = Integer.parseInt(value);
				case "title" -> this.titles.add(value);
				case "summary" -> this.summaries.add(value);
				case "body" -> this.bodies.add(value);
				default -> throw new IllegalStateException("Unknown key " + key + " in topic " + this.id);
			}
		}

	}

}
