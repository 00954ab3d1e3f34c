package org.gongkai.mailbox.letter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Mailboxes extends JpaRepository<Mailbox, Long> {

	List<Mailbox> findByAgencyIdOrderById(long agencyId);

}
