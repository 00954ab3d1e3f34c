package org.gongkai.fiscal;

import java.math.BigDecimal;

/**
 * A recipient of a special fund as a page shows it.
 *
 * @param village the village or community
 * @param name the name; masked ({@code 张*}) on public pages
 * @param idNumber the resident ID number; masked ({@code 35*************123}) on public
 * pages
 * @param item the subsidy item
 * @param amount the amount in 元
 */
public record RecipientView(String village, String name, String idNumber, String item, BigDecimal amount) {

}
