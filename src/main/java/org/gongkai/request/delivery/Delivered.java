package org.gongkai.request.delivery;

import java.util.List;

/**
 * What the applicant receives with a released (partial) disclosure: the files and the
 * masked text; empty until the reply is released.
 */
public record Delivered(List<DeliveryView.DeliveredFile> files, String text) {

	public static final Delivered NOTHING = new Delivered(List.of(), null);

	public Delivered {
		files = List.copyOf(files);
	}

	public boolean isEmpty() {
		return this.files.isEmpty() && (this.text == null || this.text.isBlank());
	}

}
