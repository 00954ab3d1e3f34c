package org.gongkai.channels;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MediaAccounts extends JpaRepository<MediaAccount, Long> {

	List<MediaAccount> findByAgencyIdOrderByIdAsc(long agencyId);

}
