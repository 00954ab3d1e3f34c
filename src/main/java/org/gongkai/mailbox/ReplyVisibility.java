package org.gongkai.mailbox;

/** Whether a reply is listed on the portal or read only with the query code (密码答复). */
public enum ReplyVisibility {

	PUBLIC, PRIVATE

}
