package org.gongkai.worksummary.web;

/** The narrative of a summary as typed: the three parts. */
record NarrativeForm(String work, String problems, String plans) {

}
