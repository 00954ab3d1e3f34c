package org.gongkai.decisions;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.decisions.rules.StageEntry;
import org.gongkai.decisions.rules.StageFact;
import org.gongkai.decisions.rules.StageOrder;
import org.gongkai.mailbox.ConsultationSummary;
import org.gongkai.mailbox.Consultations;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.Text;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stages of a decision item (docs/legal-rules.md, Major decisions): the clerk records
 * each stage with its day, summary and an optional attachment, or marks a stage that does
 * not apply as skipped with its reason, checked by
 * {@link org.gongkai.decisions.rules.StageOrder}; public participation may go through one
 * of the agency's draft consultations, whose period it takes. The clerk submits a stage,
 * the agency's reviewer publishes it (in full, or only its date when it is not to be
 * disclosed) or returns it with a note. Every step is audited.
 */
@Service
public class DecisionStages {

	static final int MAX_SUMMARY = 4000;

	/** What a stage's attachment may be: PDF, Word, Excel or a picture, up to 20 MB. */
	static final UploadPolicy ATTACHMENTS = new UploadPolicy(20L * 1024 * 1024,
			Set.of(Uploads.PDF, Uploads.DOCX, Uploads.XLSX, Uploads.PNG, Uploads.JPEG), 0);

	private final StageRecords stages;

	private final DecisionPlanning planning;

	private final DecisionAccess access;

	private final Consultations consultations;

	private final Uploads uploads;

	private final AuditLog audit;

	private final Clock clock;

	DecisionStages(StageRecords stages, DecisionPlanning planning, DecisionAccess access, Consultations consultations,
			Uploads uploads, AuditLog audit, Clock clock) {
		this.stages = stages;
		this.planning = planning;
		this.access = access;
		this.consultations = consultations;
		this.uploads = uploads;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Everything that keeps the stage from being recorded on the item, each naming its
	 * field; empty when it can be.
	 * @param stageId the stage being changed, or {@code null} for a new one
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> problems(long itemId, Long stageId, StageInput input) {
		DecisionItem item = this.planning.item(itemId);
		return problems(item, stageId, input);
	}

	private List<RuleViolationException> problems(DecisionItem item, Long stageId, StageInput input) {
		List<RuleViolationException> problems = new ArrayList<>();
		DecisionStage stage = DecisionPlanning.parse(DecisionStage.class, input.stage());
		if (stage == null) {
			problems.add(new RuleViolationException("decisions.stage.invalid", "Stage invalid"));
			return problems;
		}
		if (item.removed()) {
			problems.add(new RuleViolationException("decisions.stage.item-removed", "Item removed"));
		}
		List<StageRecord> recorded = this.stages.findByItemIdOrderByIdAsc(item.id());
		if (!stage.repeatable()
				&& recorded.stream().anyMatch((s) -> s.stage() == stage && (stageId == null || s.id() != stageId))) {
			problems.add(new RuleViolationException("decisions.stage.exists", "Stage recorded already"));
		}
		int before = problems.size();
		LocalDate heldOn = date(input.heldOn(), "held-on", problems);
		LocalDate endsOn = date(input.endsOn(), "ends-on", problems);
		boolean unreadable = problems.size() > before;
		ConsultationSummary consultation = consultation(item, stage, input, problems);
		if (consultation != null) {
			heldOn = consultation.opensOn();
			endsOn = consultation.closesOn();
			unreadable = false;
		}
		if (!input.skipped()) {
			DecisionPlanning.required(input.summary(), "summary", MAX_SUMMARY, problems);
		}
		text(input.skipReason(), "skip-reason", problems);
		text(input.shortReason(), "short-reason", problems);
		if (unreadable) {
			return problems;
		}
		List<StageFact> others = recorded.stream()
			.filter((s) -> stageId == null || s.id() != stageId)
			.map(StageRecord::fact)
			.toList();
		StageEntry entry = new StageEntry(stage, heldOn, (stage == DecisionStage.PUBLIC_PARTICIPATION) ? endsOn : null,
				input.skipped(), Text.clean(input.skipReason()), Text.clean(input.shortReason()));
		problems.addAll(StageOrder.problems(entry, others, LocalDate.now(this.clock)));
		return problems;
	}

	private ConsultationSummary consultation(DecisionItem item, DecisionStage stage, StageInput input,
			List<RuleViolationException> problems) {
		String id = Text.clean(input.consultationId());
		if (id.isEmpty() || input.skipped()) {
			return null;
		}
		ConsultationSummary found = null;
		if (stage == DecisionStage.PUBLIC_PARTICIPATION && id.matches("[0-9]{1,18}")) {
			found = this.consultations.find(Long.parseLong(id))
				.filter((c) -> c.agencyId() == item.agencyId())
				.orElse(null);
		}
		if (found == null) {
			problems.add(new RuleViolationException("decisions.consultation-id.invalid", "No such consultation"));
		}
		return found;
	}

	/**
	 * Records a stage of the item as a draft.
	 * @param file the attachment's content, or {@code null} for none
	 * @param fileName the client's file name
	 * @return the stage's id
	 */
	@Transactional
	public long record(long itemId, StageInput input, InputStream file, String fileName) {
		DecisionItem item = this.planning.item(itemId);
		this.access.requireClerk(item.agencyId());
		return recordAs(item, input, file, fileName, DecisionAccess.actor());
	}

	long recordAs(DecisionItem item, StageInput input, InputStream file, String fileName, String actor) {
		DecisionPlanning.valid(problems(item, null, input));
		StageRecord stage = new StageRecord(item.id(), item.agencyId(),
				DecisionStage.valueOf(Text.clean(input.stage())), this.clock.instant());
		fill(item, stage, input);
		if (file != null) {
			stage.attach(this.uploads.store(file, fileName, ATTACHMENTS));
		}
		stage = this.stages.save(stage);
		record("decisions.stage.recorded", stage, null, stage.auditSummary(), actor);
		return stage.id();
	}

	/**
	 * Changes a draft stage; a new attachment replaces the old, and {@code dropFile}
	 * removes it.
	 */
	@Transactional
	public void update(long stageId, StageInput input, InputStream file, String fileName, boolean dropFile) {
		StageRecord stage = stage(stageId);
		this.access.requireClerk(stage.agencyId());
		DecisionPlanning.requireState(stage.status(), ReviewState.DRAFT);
		if (DecisionPlanning.parse(DecisionStage.class, input.stage()) != stage.stage()) {
			throw new RuleViolationException("decisions.stage.invalid", "Stage cannot change");
		}
		DecisionItem item = this.planning.item(stage.itemId());
		DecisionPlanning.valid(problems(item, stage.id(), input));
		String before = stage.auditSummary();
		fill(item, stage, input);
		if (file != null) {
			stage.attach(this.uploads.store(file, fileName, ATTACHMENTS));
		}
		else if (dropFile) {
			stage.detach();
		}
		record("decisions.stage.updated", stage, before, stage.auditSummary(), DecisionAccess.actor());
	}

	/** The clerk submits a draft stage for review. */
	@Transactional
	public void submit(long stageId) {
		StageRecord stage = stage(stageId);
		this.access.requireClerk(stage.agencyId());
		submitAs(stage, DecisionAccess.actor());
	}

	void submitAs(StageRecord stage, String actor) {
		DecisionPlanning.requireState(stage.status(), ReviewState.DRAFT);
		stage.moveTo(ReviewState.IN_REVIEW, null);
		record("decisions.stage.submitted", stage, ReviewState.DRAFT.name(), ReviewState.IN_REVIEW.name(), actor);
	}

	/** The reviewer publishes a submitted stage. */
	@Transactional
	public void publish(long stageId) {
		StageRecord stage = stage(stageId);
		this.access.requireReviewer(stage.agencyId());
		publishAs(stage, DecisionAccess.actor());
	}

	void publishAs(StageRecord stage, String actor) {
		DecisionPlanning.requireState(stage.status(), ReviewState.IN_REVIEW);
		stage.moveTo(ReviewState.PUBLISHED, null);
		record("decisions.stage.published", stage, ReviewState.IN_REVIEW.name(),
				ReviewState.PUBLISHED + (stage.disclose() ? " disclosed" : " date only"), actor);
	}

	/** The reviewer returns a submitted stage to the clerk with a note. */
	@Transactional
	public void returnToDraft(long stageId, String note) {
		StageRecord stage = stage(stageId);
		this.access.requireReviewer(stage.agencyId());
		DecisionPlanning.requireState(stage.status(), ReviewState.IN_REVIEW);
		String text = DecisionPlanning.note(note);
		stage.moveTo(ReviewState.DRAFT, text);
		record("decisions.stage.returned", stage, ReviewState.IN_REVIEW.name(), text, DecisionAccess.actor());
	}

	StageRecord stage(long id) {
		return this.stages.findById(id).orElseThrow(() -> new NotFoundException("Stage " + id));
	}

	private void fill(DecisionItem item, StageRecord stage, StageInput input) {
		List<RuleViolationException> ignored = new ArrayList<>();
		LocalDate heldOn = date(input.heldOn(), "held-on", ignored);
		LocalDate endsOn = date(input.endsOn(), "ends-on", ignored);
		ConsultationSummary consultation = consultation(item, stage.stage(), input, ignored);
		if (consultation != null) {
			heldOn = consultation.opensOn();
			endsOn = consultation.closesOn();
		}
		boolean participation = stage.stage() == DecisionStage.PUBLIC_PARTICIPATION;
		stage.fill(heldOn, participation ? endsOn : null, input.skipped(), Text.clean(input.skipReason()),
				Text.clean(input.summary()), participation ? Text.clean(input.shortReason()) : null,
				(consultation != null) ? consultation.id() : null, input.disclose());
	}

	private static LocalDate date(String text, String field, List<RuleViolationException> problems) {
		String plain = Text.clean(text);
		if (plain.isEmpty()) {
			return null;
		}
		try {
			if (plain.length() == 10) {
				return LocalDate.parse(plain);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		problems.add(new RuleViolationException("decisions." + field + ".invalid", field + " invalid"));
		return null;
	}

	private static void text(String value, String field, List<RuleViolationException> problems) {
		if (Text.clean(value).length() > DecisionPlanning.MAX_REASON) {
			problems.add(new RuleViolationException("decisions." + field + ".too-long", field + " too long",
					DecisionPlanning.MAX_REASON));
		}
	}

	private void record(String action, StageRecord stage, String before, String after, String actor) {
		this.audit.record(AuditRecord.of(action, "DecisionStageRecord", stage.id())
			.withAgency(stage.agencyId())
			.withBefore(before)
			.withAfter(after)
			.withActor(actor));
	}

}
