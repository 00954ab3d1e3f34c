package org.gongkai.annualreport;

/**
 * One of the report checks on a report's tables (docs/legal-rules.md, Annual report).
 *
 * @param rule the rule's stable key, e.g. {@code table3.balance}
 * @param ok whether the tables pass it
 * @param warning whether a pass comes with a warning (row 二 could not be compared with a
 * report made in the system); a warning never blocks publication
 * @param detail what was compared, in Chinese, naming the failing columns or rows
 */
public record Check(String rule, boolean ok, boolean warning, String detail) {
}
