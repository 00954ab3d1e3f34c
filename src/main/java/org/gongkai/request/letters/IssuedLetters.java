package org.gongkai.request.letters;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedLetters extends JpaRepository<IssuedLetter, Long> {

	List<IssuedLetter> findByCaseIdOrderById(long caseId);

}
