package org.gongkai.mailbox.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyOptions extends JpaRepository<SurveyOption, Long> {

	List<SurveyOption> findBySurveyIdOrderByPosition(long surveyId);

	/** Adds one vote atomically; 0 if the answer is not one of the survey's. */
	@Modifying
	@Query("update SurveyOption o set o.votes = o.votes + 1 where o.id = :optionId and o.surveyId = :surveyId")
	int addVote(long optionId, long surveyId);

}
