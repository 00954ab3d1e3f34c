package org.gongkai.services;

/**
 * A form of a service item offered for download.
 *
 * @param position its place in the item's list (its address in the download URL)
 * @param fileName the file name shown
 * @param mediaType the type detected from the content
 * @param size the size in bytes
 */
public record ServiceFormView(int position, String fileName, String mediaType, long size) {

}
