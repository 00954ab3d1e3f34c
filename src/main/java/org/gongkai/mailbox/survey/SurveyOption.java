package org.gongkai.mailbox.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer of a survey with its vote count. */
@Entity
@Table(name = "mbx_survey_option")
class SurveyOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "survey_id")
	private long surveyId;

	private int position;

	private String label;

	private long votes;

	protected SurveyOption() {
	}

	SurveyOption(long surveyId, int position, String label) {
		this.surveyId = surveyId;
		this.position = position;
		this.label = label;
	}

	long id() {
		return this.id;
	}

	String label() {
		return this.label;
	}

	long votes() {
		return this.votes;
	}

	/** Sets the count of a demo survey (demo mode only). */
	void demoVotes(long count) {
		this.votes = count;
	}

}
