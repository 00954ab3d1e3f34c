package org.gongkai.activities.rules;

import java.util.List;

import org.gongkai.activities.rules.PersonLines.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A leading group typed one person a line: name, then post. */
class PersonLinesTests {

	@Test
	void eachLineIsANameAndAPostSeparatedBySpaceCommaOrEnumerationComma() {
		PersonLines.Result result = PersonLines.read("王建华 党委副书记、镇长\r\n\n李明，党委委员\n  周小平、办公室主任  \n陈丽\t司法所所长\n刘芳,主任\n黄志刚");
		assertThat(result.ok()).isTrue();
		assertThat(result.people()).containsExactly(new Person("王建华", "党委副书记、镇长"), new Person("李明", "党委委员"),
				new Person("周小平", "办公室主任"), new Person("陈丽", "司法所所长"), new Person("刘芳", "主任"), new Person("黄志刚", ""));
	}

	@Test
	void nothingReadsAsNobody() {
		assertThat(PersonLines.read(null).people()).isEmpty();
		assertThat(PersonLines.read(null).ok()).isTrue();
		assertThat(PersonLines.read(" \n \n").people()).isEmpty();
	}

	@Test
	void aNameOrPostTooLongNamesItsLine() {
		String name = "名".repeat(PersonLines.MAX_NAME);
		String post = "职".repeat(PersonLines.MAX_POST);
		assertThat(PersonLines.read(name + " " + post).ok()).isTrue();
		PersonLines.Result longName = PersonLines.read("张三 镇长\n\n" + name + "名 职务");
		assertThat(longName.ok()).isFalse();
		assertThat(longName.badLine()).isEqualTo(3);
		assertThat(longName.people()).isEmpty();
		PersonLines.Result longPost = PersonLines.read("张三 " + post + "职");
		assertThat(longPost.badLine()).isEqualTo(1);
		assertThat(longPost.tooMany()).isFalse();
	}

	@Test
	void sixtyPeopleAreTheMost() {
		String sixty = "张三 成员\n".repeat(PersonLines.MAX_LINES);
		assertThat(PersonLines.read(sixty).people()).hasSize(PersonLines.MAX_LINES);
		PersonLines.Result more = PersonLines.read(sixty + "李四");
		assertThat(more.tooMany()).isTrue();
		assertThat(more.ok()).isFalse();
		assertThat(more.badLine()).isZero();
		assertThat(more.people()).isEmpty();
	}

	@Test
	void peopleAreWrittenBackOneALine() {
		assertThat(PersonLines.write(List.of(new Person("王建华", "镇长"), new Person("黄志刚", "")))).isEqualTo("王建华 镇长\n黄志刚");
		assertThat(PersonLines.write(List.of())).isEmpty();
		String typed = "王建华 党委副书记、镇长\n李明 党委委员";
		assertThat(PersonLines.write(PersonLines.read(typed).people())).isEqualTo(typed);
	}

}
