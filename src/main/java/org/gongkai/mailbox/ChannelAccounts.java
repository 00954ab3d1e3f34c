package org.gongkai.mailbox;

import java.util.List;

/**
 * The new-media accounts (政务新媒体) of an agency a message may have been sent to, offered by
 * the module that keeps the inventory ({@code channels}), which implements this
 * interface: the mailbox reads them without depending on it. Without a bean, a
 * {@link LetterChannel#NEW_MEDIA} message cannot be registered.
 */
public interface ChannelAccounts {

	/** The agency's accounts a message can be registered for, by name. */
	List<ChannelAccount> accountsOf(long agencyId);

	/**
	 * A new-media account of an agency.
	 *
	 * @param id its id in the inventory
	 * @param label what staff see and the letter keeps (platform and name)
	 */
	record ChannelAccount(long id, String label) {

	}

}
