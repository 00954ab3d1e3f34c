package org.gongkai.activities.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * People typed one a line, as a leading group or a staff list is written down: the name,
 * then (after a space, a tab, a comma or 、) the post, e.g. {@code 张三 镇长} or
 * {@code 李四，党政办主任}. Blank lines are skipped. A name holds at most {@value #MAX_NAME}
 * characters, a post {@value #MAX_POST}, a list at most {@value #MAX_LINES} people.
 */
public final class PersonLines {

	public static final int MAX_NAME = 50;

	public static final int MAX_POST = 100;

	public static final int MAX_LINES = 60;

	private PersonLines() {
	}

	/**
	 * The people of the text, or what is wrong with it.
	 *
	 * @param people the people, in the order typed (empty when there is a problem)
	 * @param badLine the first line (counted from 1, blank lines included) whose name or
	 * post is too long, 0 if none
	 * @param tooMany whether there are more than {@value #MAX_LINES} people
	 */
	public record Result(List<Person> people, int badLine, boolean tooMany) {

		/** Whether the text was read without a problem. */
		public boolean ok() {
			return this.badLine == 0 && !this.tooMany;
		}

	}

	/** A person of a list: name and post (the post may be empty). */
	public record Person(String name, String post) {

	}

	/** Reads the text (null reads as empty). */
	public static Result read(String text) {
		List<Person> people = new ArrayList<>();
		if (text == null) {
			return new Result(people, 0, false);
		}
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("[\\s,，、]+", 2);
			String name = parts[0];
			String post = (parts.length > 1) ? parts[1].strip() : "";
			if (name.length() > MAX_NAME || post.length() > MAX_POST) {
				return new Result(List.of(), i + 1, false);
			}
			people.add(new Person(name, post));
		}
		if (people.size() > MAX_LINES) {
			return new Result(List.of(), 0, true);
		}
		return new Result(people, 0, false);
	}

	/** The people written back, one a line, name and post separated by a space. */
	public static String write(List<Person> people) {
		StringBuilder out = new StringBuilder();
		for (Person p : people) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			out.append(p.name());
			if (!p.post().isEmpty()) {
				out.append(' ').append(p.post());
			}
		}
		return out.toString();
	}

}
