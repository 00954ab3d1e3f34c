package org.gongkai.annualreport;

/**
 * A prompt of the draft left in the report's text (docs/legal-rules.md, Annual report):
 * publication is refused while one remains.
 *
 * @param section the section it stands in, e.g. 一、总体情况
 * @param text the prompt as written, e.g. （请据实填写存在的主要问题）
 */
public record DraftPrompt(String section, String text) {
}
