package org.gongkai.worksummary;

/**
 * A figure that a refresh changed: its label and its value before and after ({@code null}
 * when the figure was not there).
 */
public record FigureChange(String key, String label, String before, String after) {

}
