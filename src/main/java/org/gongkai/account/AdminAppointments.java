package org.gongkai.account;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdminAppointments extends JpaRepository<AdminAppointment, Long> {

	List<AdminAppointment> findByStatusOrderByIdAsc(AdminAppointment.Status status);

	boolean existsByUsernameAndStatus(String username, AdminAppointment.Status status);

}
