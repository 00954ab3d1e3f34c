package org.gongkai.publication;

/**
 * Table 二's first block for one agency, genre and year: regulations (规章) or normative
 * documents (行政规范性文件) among its published items (art. 20(1)).
 *
 * @param agencyId the agency
 * @param genre {@link Genre#REGULATION} or {@link Genre#NORMATIVE_DOCUMENT}
 * @param issued issued in the year (本年制发件数): the issue date, else the made date
 * @param repealed repealed in the year (本年废止件数)
 * @param inForce in force on 31 December (现行有效件数): issued by then, not repealed by then,
 * not marked 失效 (expired, which has no date)
 */
public record PolicyDocumentCount(long agencyId, Genre genre, long issued, long repealed, long inForce) {
}
