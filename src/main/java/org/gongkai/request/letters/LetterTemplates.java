package org.gongkai.request.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Sha256;
import org.gongkai.request.rules.Outcome;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter templates: one per outcome for the reply (table 三) and one per notice. The
 * defaults ship as resources ({@code letters/<key>.txt}); an agency's leader or
 * disclosure office saves its own copy, each save a new version with an audit entry.
 * Templates are plain text: one paragraph per line, placeholders written
 * {@code {{name}}}; everything is escaped when a letter is produced, so a template can
 * hold no markup.
 */
@Service
public class LetterTemplates {

	/** Longest template text, in characters. */
	public static final int MAX_LENGTH = 20000;

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]{0,40})\\}\\}");

	private static final List<String> COMMON = List.of("agency", "applicant", "trackingNo", "receivedOn", "request",
			"date", "documentNo", "remedies");

	private static final Map<LetterKind, List<String>> SPECIFIC = Map.of(LetterKind.REPLY, List.of("basis", "decision"),
			LetterKind.CORRECTION, List.of("correctionDeadline", "correctionItems"), LetterKind.EXTENSION,
			List.of("originalDue", "extendedDue", "reason"), LetterKind.CONSULTATION, List.of("consultationDue"),
			LetterKind.FEE, List.of("feeAmount"));

	private final LetterTemplateVersions versions;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<String, String> defaults = new ConcurrentHashMap<>();

	LetterTemplates(LetterTemplateVersions versions, AuditLog audit, Clock clock) {
		this.versions = versions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every template key: {@code REPLY.<outcome>} for each outcome, then the notices. */
	public static List<String> keys() {
		List<String> keys = new ArrayList<>();
		for (Outcome outcome : Outcome.values()) {
			keys.add(replyKey(outcome));
		}
		for (LetterKind kind : LetterKind.values()) {
			if (kind != LetterKind.REPLY) {
				keys.add(kind.name());
			}
		}
		return keys;
	}

	static String replyKey(Outcome outcome) {
		return LetterKind.REPLY.name() + "." + outcome.name();
	}

	static LetterKind kindOf(String key) {
		return key.startsWith(LetterKind.REPLY.name() + ".") ? LetterKind.REPLY : LetterKind.valueOf(key);
	}

	/** The placeholder names a template of this kind may use. */
	public static List<String> placeholders(LetterKind kind) {
		List<String> names = new ArrayList<>(COMMON);
		names.addAll(SPECIFIC.get(kind));
		return names;
	}

	/**
	 * The templates of an agency, for its leader or disclosure office.
	 * @throws ForbiddenException unless the user may edit the agency's templates
	 */
	@Transactional(readOnly = true)
	public List<TemplateView> list(long agencyId) {
		requireEditor(agencyId);
		return keys().stream().map((key) -> view(agencyId, key)).toList();
	}

	/** Most rows on one page of the template list. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * One page of an agency's templates, in {@link #keys()} order, narrowed to a kind, to
	 * the agency's own ({@code true}) or the shipped defaults ({@code false}), and to
	 * texts containing {@code text}; {@code null} or blank is no filter. The templates
	 * are a fixed set of {@link #keys()}, so they are narrowed and paged here rather than
	 * in the database.
	 * @param page from 0; past the end shows the last page
	 * @param size rows per page, clamped to 1..{@link #MAX_PAGE_SIZE}
	 * @throws ForbiddenException unless the user may edit the agency's templates
	 */
	@Transactional(readOnly = true)
	public Page<TemplateView> page(long agencyId, LetterKind kind, Boolean own, String text, int page, int size) {
		List<TemplateView> rows = list(agencyId).stream()
			.filter((t) -> kind == null || t.kind() == kind)
			.filter((t) -> own == null || own == (t.version() > 0))
			.filter((t) -> ListPage.contains(text, t.text()))
			.toList();
		return ListPage.of(rows, page, size, MAX_PAGE_SIZE);
	}

	/**
	 * One template of an agency.
	 * @throws NotFoundException for an unknown key
	 * @throws ForbiddenException unless the user may edit the agency's templates
	 */
	@Transactional(readOnly = true)
	public TemplateView template(long agencyId, String key) {
		requireKnown(key);
		requireEditor(agencyId);
		return view(agencyId, key);
	}

	/**
	 * Saves a new version of the agency's own template after checking it: not blank, at
	 * most {@link #MAX_LENGTH} characters, no control characters, and only the kind's
	 * placeholders. A refused text stores nothing.
	 * @return the new version number
	 * @throws RuleViolationException naming what is wrong, in Chinese
	 */
	@Transactional
	public int save(long agencyId, String key, String text) {
		requireKnown(key);
		StaffPrincipal me = requireEditor(agencyId);
		String body = validate(kindOf(key), text);
		int version = this.versions.findFirstByAgencyIdAndKeyOrderByVersionDesc(agencyId, key)
			.map(LetterTemplate::version)
			.orElse(0) + 1;
		LetterTemplate saved = this.versions
			.save(new LetterTemplate(agencyId, key, version, body, me.username(), Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("request.letter-template-saved", "LetterTemplate", saved.id())
			.withAgency(agencyId)
			.withAfter("key=" + key + ", version=" + version + ", sha256=" + Sha256.hex(body)));
		return version;
	}

	/** The normalised text, or a refusal. */
	static String validate(LetterKind kind, String text) {
		String body = (text != null) ? text.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
		if (body.isEmpty()) {
			throw new RuleViolationException("letters.template.blank", "Template text is blank");
		}
		if (body.length() > MAX_LENGTH) {
			throw new RuleViolationException("letters.template.too-long", "Template text too long", MAX_LENGTH);
		}
		if (body.codePoints().anyMatch((c) -> c != '\n' && c != '\t' && Character.isISOControl(c))) {
			throw new RuleViolationException("letters.template.control", "Template holds control characters");
		}
		List<String> allowed = placeholders(kind);
		Matcher matcher = PLACEHOLDER.matcher(body);
		Set<String> unknown = new LinkedHashSet<>();
		while (matcher.find()) {
			if (!allowed.contains(matcher.group(1))) {
				unknown.add(matcher.group(1));
			}
		}
		if (!unknown.isEmpty()) {
			throw new RuleViolationException("letters.template.placeholder.unknown",
					"Unknown placeholders " + unknown.size(), String.join("、", unknown));
		}
		String rest = matcher.replaceAll("");
		if (rest.contains("{{") || rest.contains("}}")) {
			throw new RuleViolationException("letters.template.placeholder.malformed", "Unbalanced placeholder braces");
		}
		return body;
	}

	/** The current template text and its version (0 for the shipped default). */
	Current current(long agencyId, String key) {
		return this.versions.findFirstByAgencyIdAndKeyOrderByVersionDesc(agencyId, key)
			.map((t) -> new Current(t.body(), t.version()))
			.orElseGet(() -> new Current(defaultText(key), 0));
	}

	/** The shipped default text of a template key. */
	String defaultText(String key) {
		return this.defaults.computeIfAbsent(key, (k) -> {
			try (InputStream in = LetterTemplates.class.getResourceAsStream("/letters/" + k + ".txt")) {
				if (in == null) {
					throw new IllegalStateException("No default letter template " + k);
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private TemplateView view(long agencyId, String key) {
		Current current = current(agencyId, key);
		LetterKind kind = kindOf(key);
		Outcome outcome = (kind == LetterKind.REPLY)
				? Outcome.valueOf(key.substring(LetterKind.REPLY.name().length() + 1)) : null;
		return new TemplateView(key, kind, outcome, current.text(), current.version(), placeholders(kind));
	}

	private static void requireKnown(String key) {
		if (key == null || !keys().contains(key)) {
			throw new NotFoundException("Letter template " + key);
		}
	}

	private StaffPrincipal requireEditor(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.LEADER, agencyId) || me.has(Role.DISCLOSURE_OFFICE, agencyId))) {
			throw new ForbiddenException("Leader or disclosure office of agency " + agencyId + " required");
		}
		return me;
	}

	/** A template text with its version. */
	record Current(String text, int version) {

	}

}
