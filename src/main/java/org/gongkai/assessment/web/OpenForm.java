package org.gongkai.assessment.web;

/** A period to open, as typed. */
record OpenForm(String owner, String period) {

}
