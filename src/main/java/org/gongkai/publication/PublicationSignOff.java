package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.publication.item.SignOffSetting;
import org.gongkai.publication.item.SignOffSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which agencies require their leader's sign-off (领导签发) before an item goes public, the
 * final step of the usual 三审 (content, confidentiality, leader). Off unless an agency's
 * leader, or a disclosure office above it, turns it on; then a confidentiality reviewer's
 * approval passes the item to {@link PublicationReview#signOff}. Items already waiting
 * for the leader stay there when it is turned off.
 */
@Service
public class PublicationSignOff {

	private final SignOffSettings settings;

	private final AgencyManagement agencies;

	private final AuditLog audit;

	private final GongkaiProperties properties;

	private final Clock clock;

	PublicationSignOff(SignOffSettings settings, AgencyManagement agencies, AuditLog audit,
			GongkaiProperties properties, Clock clock) {
		this.settings = settings;
		this.agencies = agencies;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether the agency's items need its leader's sign-off (no check of the caller). */
	@Transactional(readOnly = true)
	public boolean required(long agencyId) {
		return this.settings.existsByAgencyIdAndRequiredTrue(agencyId);
	}

	/**
	 * Whether any of the agencies requires its leader's sign-off (no check of the
	 * caller).
	 */
	@Transactional(readOnly = true)
	public boolean requiredInAny(Set<Long> agencyIds) {
		return !agencyIds.isEmpty() && !this.settings.findByAgencyIdInAndRequiredTrue(agencyIds).isEmpty();
	}

	/**
	 * The agencies whose setting the signed-in user may change, by name: those they lead,
	 * and those under a disclosure office they staff.
	 */
	@Transactional(readOnly = true)
	public List<AgencySignOff> settable() {
		Set<Long> mine = settableAgencies(AgencyAccess.current());
		if (mine.isEmpty()) {
			return List.of();
		}
		Set<Long> on = this.settings.findByAgencyIdInAndRequiredTrue(mine)
			.stream()
			.map(SignOffSetting::agencyId)
			.collect(Collectors.toSet());
		return this.agencies.all()
			.stream()
			.filter((a) -> mine.contains(a.id()))
			.map((a) -> new AgencySignOff(a.id(), a.name(), on.contains(a.id())))
			.sorted(Comparator.comparing(AgencySignOff::agencyName))
			.toList();
	}

	/**
	 * Turns the leader's sign-off on or off for an agency (its leader, or a disclosure
	 * office over it); a change writes one audit entry, setting the same value again
	 * changes nothing.
	 * @return whether the setting changed
	 * @throws ForbiddenException for anyone else
	 */
	@Transactional
	public boolean setRequired(long agencyId, boolean required) {
		StaffPrincipal me = AgencyAccess.current();
		if (!settableAgencies(me).contains(agencyId)) {
			throw new ForbiddenException("Leader or disclosure office of agency " + agencyId + " required");
		}
		return change(agencyId, required, me.username(), null);
	}

	/**
	 * Requires the leader's sign-off for a demo agency, so the demo shows the step (demo
	 * mode only; actor {@code demo}).
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public void requireInDemo(long agencyId) {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo setting outside demo mode");
		}
		change(agencyId, true, "demo", "demo");
	}

	private boolean change(long agencyId, boolean required, String who, String actor) {
		SignOffSetting setting = this.settings.findById(agencyId).orElseGet(() -> new SignOffSetting(agencyId));
		boolean before = setting.required();
		if (before == required) {
			return false;
		}
		setting.change(required, who, Instant.now(this.clock));
		this.settings.save(setting);
		AuditRecord entry = AuditRecord.of("publication.sign-off-setting-changed", "SignOffSetting", agencyId)
			.withAgency(agencyId)
			.withBefore("signOffRequired=" + before)
			.withAfter("signOffRequired=" + required);
		this.audit.record((actor != null) ? entry.withActor(actor) : entry);
		return true;
	}

	private Set<Long> settableAgencies(StaffPrincipal me) {
		Set<Long> mine = new HashSet<>();
		if (me == null) {
			return mine;
		}
		for (Grant grant : me.grants()) {
			if (grant.agencyId() == null) {
				continue;
			}
			if (grant.role() == Role.LEADER) {
				mine.add(grant.agencyId());
			}
			else if (grant.role() == Role.DISCLOSURE_OFFICE) {
				mine.addAll(this.agencies.selfAndDescendants(grant.agencyId()));
			}
		}
		return mine;
	}

}
