package org.gongkai.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.privacy.rules.Masking;
import org.gongkai.privacy.rules.OfficeAddresses;
import org.gongkai.privacy.rules.PersonalName;
import org.gongkai.privacy.rules.ProbableName;
import org.gongkai.privacy.rules.TextScan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Finds personal data and secrecy markings in a text before it is published
 * (docs/legal-rules.md, Personal data; Personal Information Protection Law art. 25, 34),
 * and masks them. Plain Java, usable without Spring; stateless and thread-safe.
 *
 * <p>
 * It finds:
 * <ul>
 * <li>resident ID numbers: 18 characters with the GB 11643 check character and a real
 * birth date from 1900 to this year, or 15 legacy digits with a real birth date in the
 * 1900s;</li>
 * <li>mainland mobile numbers {@code 1[3-9]} and 9 digits, optionally after {@code +86}
 * or {@code 86}, whole or grouped 3-4-4 by spaces or hyphens;</li>
 * <li>bank card numbers: 16 to 19 digits passing the Luhn check, whole or in groups of 4
 * (an 18-digit ID number is never reported as a card);</li>
 * <li>e-mail addresses, except on government domains ({@code .gov.cn});</li>
 * <li>secrecy markings: 秘密, 机密 or 绝密 followed by a star (★, ☆, *, ＊) and an optional term
 * ({@code 5年}, {@code 6个月}, {@code 长期}, {@code 启用前}); and 内部, 秘密, 机密, 绝密 or 内部资料 standing
 * alone at the start of a line;</li>
 * <li>home addresses below township level: the house number after a road, village or
 * housing estate ({@code 人民路25号}, {@code 东风村3组}, {@code 幸福小区3栋2单元501室}), except the
 * agencies' office addresses;</li>
 * <li>only when asked ({@link #scan(String, Collection)}, for mailbox replies): names,
 * given ones and those before 同志, 先生 or 女士.</li>
 * </ul>
 * Numbers are matched in every form they are typed: full-width digits and letters,
 * ideographic spaces and full-width hyphens are read as their ASCII forms (the NFKC
 * folding of the full-width block, char for char, so offsets stay those of the original
 * text), and ID numbers may be grouped 6-8-4 ({@code 110101 19900307 651X}); a mask keeps
 * the original's width (full-width digits stay full-width, masked with {@code ＊}). Digits
 * count only as a whole run of ASCII letters and digits: nothing is found inside a credit
 * code, an index number or a longer number, nor in document numbers, landlines, amounts
 * or dates. The scan is a single linear pass without regular expressions; the rules
 * themselves are in {@code org.gongkai.privacy.rules} ({@link TextScan} and the classes
 * it uses).
 */
@Service
public class PrivacyScanner {

	private final Clock clock;

	private final Supplier<? extends Collection<String>> officeAddresses;

	/**
	 * A scanner that knows no office addresses.
	 * @param clock tells the current year, the latest birth year an ID number may carry
	 */
	public PrivacyScanner(Clock clock) {
		this(clock, List::of);
	}

	/**
	 * @param clock tells the current year, the latest birth year an ID number may carry
	 * @param officeAddresses the agencies' office addresses, asked only when a text holds
	 * an address; none is reported as a home address
	 */
	public PrivacyScanner(Clock clock, Supplier<? extends Collection<String>> officeAddresses) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.officeAddresses = Objects.requireNonNull(officeAddresses, "officeAddresses");
	}

	/**
	 * The scanner of the application: the office addresses are those of the agencies'
	 * disclosure offices, read when needed (inside a caller's transaction from its
	 * persistence context).
	 */
	@Autowired
	PrivacyScanner(Clock clock, AgencyManagement agencies) {
		this(clock,
				() -> agencies.all()
					.stream()
					.map((agency) -> agencies.details(agency.id()).address())
					.filter(Objects::nonNull)
					.toList());
	}

	/**
	 * Everything found in {@code text}.
	 * @param text the text, not null
	 * @return the findings sorted by start, not overlapping; indices are those of
	 * {@link String} (UTF-16 chars)
	 */
	public List<Finding> scan(String text) {
		Objects.requireNonNull(text, "text");
		List<Finding> findings = new TextScan(text, LocalDate.now(this.clock).getYear()).findings();
		if (findings.stream().anyMatch((f) -> f.type() == FindingType.ADDRESS)) {
			findings = OfficeAddresses.of(this.officeAddresses.get()).without(text, findings);
		}
		return List.copyOf(findings);
	}

	/**
	 * Everything {@link #scan(String)} finds, and names ({@link FindingType#NAME}): each
	 * of {@code names} (of two chars or more) wherever it occurs, and a name of one to
	 * three characters before 同志, 先生 or 女士. For a mailbox reply that goes public, with
	 * the letter's writer as {@code names}.
	 * @param text the text, not null
	 * @param names known names, not null; null or blank ones are ignored
	 * @return the findings sorted by start, not overlapping
	 */
	public List<Finding> scan(String text, Collection<String> names) {
		return List.copyOf(PersonalName.addNames(text, scan(text), names));
	}

	/**
	 * Everything {@link #scan(String, Collection)} finds, and probable names of other
	 * people ({@link FindingType#PROBABLE_NAME}, such as 举报张三 or 李四等人), for short public
	 * texts such as a mailbox letter's subject; a finding of the other kinds wins over a
	 * probable name it overlaps.
	 * @param text the text, not null
	 * @param names known names, not null; null or blank ones are ignored
	 * @return the findings sorted by start, not overlapping
	 */
	public List<Finding> scanShort(String text, Collection<String> names) {
		return List.copyOf(PersonalName.merge(scan(text, names), ProbableName.find(text)));
	}

	/**
	 * {@code text} with every finding of {@link #scanShort} replaced by its masked form.
	 * @param text the text, not null
	 * @param names known names, not null
	 */
	public String maskShort(String text, Collection<String> names) {
		return Masking.apply(text, scanShort(text, names));
	}

	/**
	 * {@code text} with every finding of {@link #scan(String, Collection)} replaced by
	 * its masked form; the rest unchanged.
	 * @param text the text, not null
	 * @param names known names, not null
	 */
	public String maskAll(String text, Collection<String> names) {
		return Masking.apply(text, scan(text, names));
	}

	/**
	 * {@code text} with every finding of {@link #scan} replaced by its masked form; the
	 * rest unchanged.
	 * @param text the text, not null
	 */
	public String maskAll(String text) {
		return Masking.apply(text, scan(text));
	}

}
