package org.gongkai.catalog;

/**
 * A catalogue column as other modules and pages see it.
 *
 * @param id the column id
 * @param parentId the parent column, {@code null} at the top
 * @param depth 0 at the top
 * @param code the template code ({@code null} for columns the agency added)
 * @param name the name shown
 * @param kind what it holds, and its update rule
 * @param hidden whether the public does not see it (nor its children)
 */
public record ColumnNode(long id, Long parentId, int depth, String code, String name, ColumnKind kind, boolean hidden) {

}
