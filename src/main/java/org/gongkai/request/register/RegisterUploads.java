package org.gongkai.request.register;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegisterUploads extends JpaRepository<RegisterUpload, Long> {

	List<RegisterUpload> findByAgencyIdAndFileSha256(long agencyId, String fileSha256);

	/**
	 * Which of these tracking numbers are taken, by any agency (the numbers are unique
	 * platform-wide).
	 */
	@Query("select c.trackingNo from DisclosureRequest c where c.trackingNo in :numbers")
	List<String> takenTrackingNumbers(@Param("numbers") Collection<String> numbers);

}
