package org.gongkai.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "acc_role_grant")
class RoleGrant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "agency_id")
	private Long agencyId;

	protected RoleGrant() {
	}

	RoleGrant(Grant grant) {
		this.role = grant.role();
		this.agencyId = grant.agencyId();
	}

	Grant grant() {
		return new Grant(this.role, this.agencyId);
	}

}
