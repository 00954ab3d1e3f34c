package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.casework.DisclosureRequests;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Builders for cases and for acting as a staff member in module-level tests. */
public final class CaseFixtures {

	private CaseFixtures() {
	}

	/**
	 * Runs {@code action} signed in as {@code username} holding {@code role} for the
	 * agency.
	 */
	public static <T> T as(String username, Role role, long agencyId, Supplier<T> action) {
		StaffPrincipal principal = new StaffPrincipal(1, username, username, List.of(new Grant(role, agencyId)), false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public static void asDoing(String username, Role role, long agencyId, Runnable action) {
		as(username, role, agencyId, () -> {
			action.run();
			return null;
		});
	}

	/** An application of the person with document number {@code idNumber}. */
	public static ApplicationForm form(String idNumber) {
		return new ApplicationForm("NATURAL_PERSON", "王五", "居民身份证", idNumber, "13800138000", "wangwu@example.com",
				"人民路5号", "本县2026年财政预算执行情况", List.of("PAPER"), "PICK_UP");
	}

	/** Registers a walk-in application received on {@code day}; returns the case id. */
	public static long walkIn(RequestManagement requests, DisclosureRequests cases, long agencyId, String idNumber,
			LocalDate day) {
		Receipt receipt = as("intake-clerk", Role.CLERK, agencyId,
				() -> requests.registerWalkIn(agencyId, form(idNumber), Channel.WALK_IN, day));
		return cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
	}

	/** The items of a correction notice: one thing to correct, with a suggestion. */
	public static List<CorrectionItem> correctionItems() {
		return List.of(new CorrectionItem("所需信息的名称或文号", "例如：2025年城南片区改造批复"));
	}

	/** A fresh document number no other test uses. */
	public static String idNumber() {
		return "ID" + System.nanoTime();
	}

	/** A fresh county with a signed-in clerk and leader. */
	public static Office office(MockMvc mvc, AgencyManagement agencies, AccountManagement accounts) throws Exception {
		long agency = agencies.create(AgencyFixtures.county("办案县" + System.nanoTime()));
		String clerk = Staff.create(accounts, Role.CLERK, agency);
		String leader = Staff.create(accounts, Role.LEADER, agency);
		return new Office(agency, clerk, Staff.signIn(mvc, clerk), leader, Staff.signIn(mvc, leader));
	}

	public record Office(long agency, String clerkName, MockHttpSession clerk, String leaderName,
			MockHttpSession leader) {

	}

}
