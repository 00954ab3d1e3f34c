package org.gongkai.activities;

/**
 * A member of an agency's leading group.
 *
 * @param role 组长, 副组长 or 成员
 * @param name the name
 * @param post the post (may be empty)
 */
public record GroupMember(GroupRole role, String name, String post) {

}
