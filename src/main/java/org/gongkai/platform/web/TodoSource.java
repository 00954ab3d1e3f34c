package org.gongkai.platform.web;

import java.util.List;

/**
 * A module's contribution to the signed-in user's to-do list on the back office's start
 * page, which the {@code account} module renders without depending on the modules that
 * own the work. Each implementation counts only what the user's roles make theirs, for
 * the agencies they hold those roles in (scoped on the server, never by the page).
 */
public interface TodoSource {

	/** The lines for the signed-in user; empty when none of their roles has work here. */
	List<TodoCount> todos();

}
