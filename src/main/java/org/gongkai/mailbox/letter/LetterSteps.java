package org.gongkai.mailbox.letter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterSteps extends JpaRepository<LetterStep, Long> {

	List<LetterStep> findByLetterIdOrderByAtAscIdAsc(long letterId);

}
