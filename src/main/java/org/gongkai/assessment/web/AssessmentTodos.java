package org.gongkai.assessment.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.assessment.Assessments;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.stereotype.Component;

/**
 * The start page's assessment lines: self-assessments open for the agencies whose clerk
 * or leader the user is, and submitted self-assessments waiting for the office's score.
 */
@Component
class AssessmentTodos implements TodoSource {

	private final Assessments assessments;

	AssessmentTodos(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public List<TodoCount> todos() {
		List<TodoCount> out = new ArrayList<>();
		long open = this.assessments.openSelfAssessments();
		if (open > 0) {
			out.add(TodoCount.of(48, "assessment-self", open, "/admin/assessment"));
		}
		long submitted = this.assessments.submittedToScore();
		if (submitted > 0) {
			out.add(TodoCount.of(49, "assessment-scoring", submitted, "/admin/assessment"));
		}
		return out;
	}

}
