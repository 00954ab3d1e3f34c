package org.gongkai.request.delivery;

import java.util.List;

import org.gongkai.request.Delivery;

/**
 * What the applicant receives with a released (partial) disclosure: the files and the
 * masked text; empty until the reply is released.
 *
 * @param downloadable whether the tracking page offers it for download (the applicant
 * chose to get it online or by e-mail); else it is provided the {@code delivery} way
 * @param delivery how the applicant asked to get the information, or {@code null} if no
 * wish is recorded
 */
public record Delivered(List<DeliveryView.DeliveredFile> files, String text, boolean downloadable, Delivery delivery) {

	public static final Delivered NOTHING = new Delivered(List.of(), null, false, null);

	public Delivered {
		files = List.copyOf(files);
	}

	public boolean isEmpty() {
		return this.files.isEmpty() && (this.text == null || this.text.isBlank());
	}

}
