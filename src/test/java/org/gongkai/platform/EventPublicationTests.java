package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.gongkai.GongkaiTest;
import org.gongkai.TestClock;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencyRegistered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reactions between modules are not lost: every after-commit listener is recorded in the
 * event publication registry with the change that triggers it; one that fails stays open
 * until it is run again, on start or by {@link EventPublicationJobs} a minute later, and
 * completed publications are purged after a week.
 */
@GongkaiTest
class EventPublicationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	FailingReaction reaction;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	EventPublicationJobs jobs;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	Clock clock;

	@AfterEach
	void heal() {
		this.reaction.failNext(0);
	}

	@Test
	void aNewAgencysCatalogueIsARecordedReactionThatCompletes() {
		long agency = this.agencies.create(AgencyFixtures.county("事件登记县" + System.nanoTime()));
		assertThat(this.completed.findAll())
			.filteredOn((p) -> p.getEvent() instanceof AgencyRegistered registered && registered.agencyId() == agency)
			.singleElement()
			.satisfies((p) -> assertThat(p.getCompletionDate()).contains(this.clock.instant()));
		assertThat(this.registry.findIncompletePublications())
			.noneMatch((p) -> p.getEvent() instanceof AgencyRegistered registered && registered.agencyId() == agency);
	}

	@Test
	void aReactionThatFailedStaysOpenAndCompletesWhenOpenReactionsRunAgainOnStart() {
		ReactionProbe probe = newProbe();
		this.reaction.failNext(1);

		publishAndCommit(probe);

		assertThat(this.reaction.handled()).doesNotContain(probe);
		assertThat(open(probe)).singleElement().satisfies((p) -> {
			assertThat(p.getStatus()).isEqualTo(Status.FAILED);
			assertThat(p.getTargetIdentifier().getValue())
				.isEqualTo("org.gongkai.platform.FailingReaction.on(org.gongkai.platform.ReactionProbe)");
		});

		// what start-up does with republish-outstanding-events-on-restart=true (for every
		// open one)
		this.incomplete.resubmitIncompletePublications((p) -> probe.equals(p.getEvent()));

		assertThat(this.reaction.handled()).containsOnlyOnce(probe);
		assertThat(open(probe)).isEmpty();
		assertThat(done(probe)).singleElement().satisfies((p) -> {
			assertThat(p.getStatus()).isEqualTo(Status.COMPLETED);
			assertThat(p.getCompletionAttempts()).as("the first run and the one on start").isEqualTo(2);
		});
	}

	@Test
	void theJobRunsAFailedReactionAgainOnceItIsAMinuteOld() {
		ReactionProbe probe = newProbe();
		this.reaction.failNext(1);
		publishAndCommit(probe);

		this.jobs.retryFailed();
		assertThat(this.reaction.handled()).doesNotContain(probe);
		assertThat(open(probe)).hasSize(1);

		TestClock.INSTANCE.advance(EventPublicationJobs.RETRY_AFTER.plusSeconds(1));
		this.jobs.retryFailed();

		assertThat(this.reaction.handled()).containsOnlyOnce(probe);
		assertThat(open(probe)).isEmpty();
		assertThat(done(probe)).singleElement()
			.satisfies((p) -> assertThat(p.getCompletionDate()).contains(this.clock.instant()));
	}

	@Test
	void theJobWaitsAMinuteAfterEachFailedTry() {
		ReactionProbe probe = newProbe();
		this.reaction.failNext(2);
		publishAndCommit(probe);
		TestClock.INSTANCE.advance(EventPublicationJobs.RETRY_AFTER.plusSeconds(1));
		this.jobs.retryFailed();
		assertThat(open(probe)).singleElement().satisfies((p) -> assertThat(p.getStatus()).isEqualTo(Status.FAILED));

		this.jobs.retryFailed();
		assertThat(open(probe)).singleElement()
			.satisfies((p) -> assertThat(p.getCompletionAttempts()).as("not tried again yet").isEqualTo(2));

		TestClock.INSTANCE.advance(EventPublicationJobs.RETRY_AFTER.plusSeconds(1));
		this.jobs.retryFailed();
		assertThat(this.reaction.handled()).containsOnlyOnce(probe);
		assertThat(open(probe)).isEmpty();
	}

	@Test
	void aReactionThatFailsAgainStaysOpen() {
		ReactionProbe probe = newProbe();
		this.reaction.failNext(2);
		publishAndCommit(probe);

		this.incomplete.resubmitIncompletePublications((p) -> probe.equals(p.getEvent()));

		assertThat(this.reaction.handled()).doesNotContain(probe);
		assertThat(open(probe)).singleElement().satisfies((p) -> {
			assertThat(p.getStatus()).isEqualTo(Status.FAILED);
			assertThat(p.getCompletionAttempts()).isEqualTo(2);
		});

		this.incomplete.resubmitIncompletePublications((p) -> probe.equals(p.getEvent()));
		assertThat(this.reaction.handled()).containsOnlyOnce(probe);
		assertThat(open(probe)).isEmpty();
	}

	@Test
	void completedPublicationsArePurgedAfterAWeek() {
		ReactionProbe probe = newProbe();
		publishAndCommit(probe);
		assertThat(done(probe)).hasSize(1);

		TestClock.INSTANCE.advance(EventPublicationJobs.RETENTION.minusMinutes(1));
		this.jobs.purgeCompleted();
		assertThat(done(probe)).hasSize(1);

		TestClock.INSTANCE.advance(Duration.ofMinutes(2));
		this.jobs.purgeCompleted();
		assertThat(done(probe)).isEmpty();
	}

	private static ReactionProbe newProbe() {
		return new ReactionProbe(UUID.randomUUID().toString());
	}

	private void publishAndCommit(ReactionProbe probe) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.events.publishEvent(probe));
	}

	private List<TargetEventPublication> open(ReactionProbe probe) {
		return this.registry.findIncompletePublications().stream().filter((p) -> probe.equals(p.getEvent())).toList();
	}

	private List<EventPublication> done(ReactionProbe probe) {
		return this.completed.findAll()
			.stream()
			.filter((p) -> probe.equals(p.getEvent()))
			.map(EventPublication.class::cast)
			.toList();
	}

}
