package org.gongkai.platform.web;

import java.util.Objects;

/**
 * A part of an agency's public guide (政府信息公开指南, Regulations art. 12) that another module
 * owns: the places where information can be read or applied for, the people who answer
 * for the work. The guide renders the fragment {@code part} of {@code template} with the
 * variable {@code data}; the module's change to what the part shows must mark
 * {@code PageTag.agency(id)} changed, as the guide is cached under it.
 *
 * @param order where the part stands among the others (lower first), after the guide's
 * own sections on the catalogue and on how to obtain information
 * @param template the Thymeleaf template holding a fragment {@code part(data)}
 * @param data what the fragment shows
 */
public record GuidePart(int order, String template, Object data) {

	public GuidePart {
		Objects.requireNonNull(template, "template");
	}

}
