package org.gongkai.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeYears extends JpaRepository<NoticeYear, Integer> {

}
