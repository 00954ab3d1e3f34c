package org.gongkai.mailbox.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.mailbox.LetterChannel;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters an agency received in a span, one figure per channel
 * ({@code mailbox.letters.channel.<code>}: website, telephone, suggestion box, comment
 * book, visit, new media), for the work summary's 互动交流. A letter counts for the agency it
 * was written or brought to, on its day of receipt, whoever holds it now. A system
 * reading.
 */
@Component
class LetterChannelFigures implements WorkFigureSource {

	/** After the mailbox's overall letter figures. */
	private static final int FIRST_ORDER = 60;

	private final Letters letters;

	LetterChannelFigures(Letters letters) {
		this.letters = letters;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		Map<LetterChannel, Long> counts = new EnumMap<>(LetterChannel.class);
		for (LetterChannel channel : LetterChannel.values()) {
			counts.put(channel, 0L);
		}
		for (Letter letter : this.letters.findByReceivingAgencyIdAndReceivedOnBetween(agencyId, from, to)) {
			counts.merge(letter.channel(), 1L, Long::sum);
		}
		List<WorkFigure> figures = new ArrayList<>();
		counts.forEach((channel,
				count) -> figures.add(new WorkFigure(WorkFigure.Section.RESPONSE, FIRST_ORDER + channel.ordinal(),
						"mailbox.letters.channel." + channel.code(), count, WorkFigure.Unit.ITEMS,
						"/admin/mailbox?list=all&agency=" + agencyId + "&channel=" + channel.code() + "&from=" + from
								+ "&to=" + to)));
		return figures;
	}

}
