package org.gongkai.channels;

/**
 * A board, reading point or request desk as pages show it.
 *
 * @param hours opening hours as typed (开放时间)
 * @param keeperName who keeps it (管理人)
 * @param keeperPhone the keeper's or the desk's telephone
 */
public record PlaceView(long id, long agencyId, PlaceKind kind, String name, String address, String hours,
		String keeperName, String keeperPhone, boolean active) {

}
