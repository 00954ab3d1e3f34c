package org.gongkai.publication;

/**
 * The texts of a publication the privacy scanner reads.
 */
public enum TextField {

	TITLE, SUMMARY, BODY

}
