package org.gongkai.assessment.web;

/**
 * A new scheme (or the sample) as typed: every field text, so nothing fails to bind and a
 * refused form re-renders with what was typed.
 */
record SchemeForm(String owner, String name, String kind, String year) {

}
