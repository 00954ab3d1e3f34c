package org.gongkai.channels;

import java.util.List;

/** A board with its posting log, newest first, for its public page. */
public record BoardPage(PlaceView board, List<PostingView> postings) {

	public BoardPage {
		postings = List.copyOf(postings);
	}

}
