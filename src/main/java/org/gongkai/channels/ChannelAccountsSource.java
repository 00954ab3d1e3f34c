package org.gongkai.channels;

import java.util.List;
import java.util.Locale;

import org.gongkai.mailbox.ChannelAccounts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers the mailbox the agency's new-media accounts a message can be registered for:
 * every account not closed, labelled with its platform and name. The mailbox checks who
 * registers; this is a system reading.
 */
@Component
class ChannelAccountsSource implements ChannelAccounts {

	private final MediaAccounts accounts;

	private final MessageSource messages;

	ChannelAccountsSource(MediaAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ChannelAccount> accountsOf(long agencyId) {
		return this.accounts.findByAgencyIdOrderByIdAsc(agencyId)
			.stream()
			.filter((a) -> a.reviewStatus() != ReviewStatus.CLOSED)
			.map((a) -> a.view(0))
			.map((a) -> new ChannelAccount(a.id(),
					this.messages.getMessage("channels.platform." + a.platform(), null, a.platform().name(),
							Locale.SIMPLIFIED_CHINESE) + " " + a.name()))
			.toList();
	}

}
