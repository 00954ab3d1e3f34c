package org.gongkai.channels;

/**
 * A place as typed into its form (every value as text, kept when the form re-renders).
 *
 * @param kind a {@link PlaceKind} name
 * @param active {@code true}, {@code on} or anything else for inactive
 */
public record PlaceInput(String kind, String name, String address, String hours, String keeperName, String keeperPhone,
		String active) {

	/** An empty form for a new place. */
	public static PlaceInput empty() {
		return new PlaceInput(PlaceKind.BOARD.name(), "", "", "", "", "", "true");
	}

	/** The form of an existing place. */
	public static PlaceInput of(PlaceView place) {
		return new PlaceInput(place.kind().name(), place.name(), place.address(), place.hours(), place.keeperName(),
				place.keeperPhone(), Boolean.toString(place.active()));
	}

	/** A place whose every field passed the checks. */
	record Valid(PlaceKind kind, String name, String address, String hours, String keeperName, String keeperPhone,
			boolean active) {

	}

}
