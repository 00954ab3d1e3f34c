package org.gongkai.village;

/**
 * The print of a village item for its board (公开栏).
 *
 * @param fileName the Chinese file name
 * @param pdf the PDF's bytes
 */
public record BoardPrint(String fileName, byte[] pdf) {

}
