package org.gongkai.publication.item;

import java.time.Instant;

import org.gongkai.account.Role;
import org.gongkai.publication.ReviewStep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pub_review")
class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reviewer;

	@Enumerated(EnumType.STRING)
	@Column(name = "reviewer_role")
	private Role role;

	private String decision;

	@Column(name = "review_comment")
	private String comment;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected Review() {
	}

	Review(String reviewer, Role role, boolean approved, String comment, Instant now) {
		this.reviewer = reviewer;
		this.role = role;
		this.decision = approved ? "APPROVED" : "RETURNED";
		this.comment = comment;
		this.decidedAt = now;
	}

	ReviewStep step() {
		return new ReviewStep(this.reviewer, this.role, "APPROVED".equals(this.decision), this.comment, this.decidedAt);
	}

}
