/**
 * The legal rules of major decisions as plain Java (docs/legal-rules.md, Major
 * decisions): the order of the stages ({@link org.gongkai.decisions.rules.StageOrder}),
 * the comment period of public participation
 * ({@link org.gongkai.decisions.rules.CommentPeriod}), what an agency's catalogue may
 * hold ({@link org.gongkai.decisions.rules.CatalogueScope}) and an item's progress
 * ({@link org.gongkai.decisions.rules.ItemProgress}).
 */
package org.gongkai.decisions.rules;
