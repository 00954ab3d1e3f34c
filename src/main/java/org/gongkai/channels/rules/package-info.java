/**
 * The channels' plain rules: which periods of a span a board went without a posting
 * ({@link org.gongkai.channels.rules.BoardCadence}).
 */
package org.gongkai.channels.rules;
