package org.gongkai.request.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gongkai.agency.CreditCode;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.Delivery;
import org.gongkai.request.InformationFormat;

/**
 * An application whose every field passed the Regulations art. 29 checks: who applies
 * (name and identity document), how to reach them, what they want (description), in which
 * form and how delivered. Each violation names its field in the message key
 * ({@code request.<field>.<problem>}).
 */
public record ValidApplication(ApplicantType applicantType, String applicantName, String idType, String idNumber,
		String phone, String email, String address, String description, List<InformationFormat> formats,
		Delivery delivery) {

	public static final int MAX_NAME = 100;

	public static final int MAX_ID = 40;

	public static final int MAX_PHONE = 40;

	public static final int MAX_EMAIL = 100;

	public static final int MAX_ADDRESS = 200;

	public static final int MAX_DESCRIPTION = 2000;

	/** What organisations' identity documents are recorded as. */
	public static final String CREDIT_CODE = "CREDIT_CODE";

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	/**
	 * The application, checked.
	 * @throws RuleViolationException the first problem {@link #problems} finds
	 */
	public static ValidApplication of(ApplicationForm form) {
		List<RuleViolationException> problems = new ArrayList<>();
		ValidApplication valid = check(form, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return valid;
	}

	/**
	 * Every problem of the application at once, in the order of the form's fields, so a
	 * form can show them all together; empty when it is valid.
	 */
	public static List<RuleViolationException> problems(ApplicationForm form) {
		List<RuleViolationException> problems = new ArrayList<>();
		check(form, problems);
		return problems;
	}

	/**
	 * Checks every field, adding each problem; the application, or null with problems.
	 */
	private static ValidApplication check(ApplicationForm form, List<RuleViolationException> problems) {
		ApplicantType type = parse(ApplicantType.class, form.applicantType(), "request.applicant-type.invalid",
				problems);
		String name = text(form.applicantName());
		if (name.isEmpty() || name.length() > MAX_NAME) {
			problems.add(new RuleViolationException("request.applicant-name.invalid", "Bad applicant name", MAX_NAME));
		}
		String idType = null;
		String idNumber = text(form.idNumber()).toUpperCase(Locale.ROOT);
		if (type != null && type.isOrganisation()) {
			// Organisations identify themselves with their unified social credit code
			if (!CreditCode.isValid(idNumber)) {
				problems.add(new RuleViolationException("request.id-number.credit-code", "Bad applicant credit code"));
			}
			idType = CREDIT_CODE;
		}
		else {
			idType = text(form.idType());
			if (idType.isEmpty() || idType.length() > MAX_ID) {
				problems
					.add(new RuleViolationException("request.id-type.invalid", "Bad identity document type", MAX_ID));
			}
			if (idNumber.isEmpty() || idNumber.length() > MAX_ID) {
				problems.add(new RuleViolationException("request.id-number.invalid", "Bad identity document number",
						MAX_ID));
			}
		}
		String phone = text(form.phone());
		String email = text(form.email());
		String address = text(form.address());
		if (phone.isEmpty() && email.isEmpty()) {
			problems.add(new RuleViolationException("request.contact.missing", "No phone and no e-mail"));
		}
		if (!phone.isEmpty() && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches())) {
			problems.add(new RuleViolationException("request.phone.invalid", "Bad phone"));
		}
		if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
			problems.add(new RuleViolationException("request.email.invalid", "Bad e-mail"));
		}
		if (address.length() > MAX_ADDRESS) {
			problems.add(new RuleViolationException("request.address.invalid", "Address too long", MAX_ADDRESS));
		}
		String description = text(form.description());
		if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
			problems.add(new RuleViolationException("request.description.invalid", "Bad description", MAX_DESCRIPTION));
		}
		List<InformationFormat> formats = List.of();
		if (form.formats() == null || form.formats().isEmpty()) {
			problems.add(new RuleViolationException("request.formats.invalid", "No format"));
		}
		else {
			int before = problems.size();
			formats = form.formats()
				.stream()
				.map((f) -> parse(InformationFormat.class, f, "request.formats.invalid", problems))
				.filter(Objects::nonNull)
				.distinct()
				.sorted()
				.toList();
			if (problems.size() > before + 1) {
				// one message for the field is enough
				problems.subList(before + 1, problems.size()).clear();
			}
		}
		Delivery delivery = parse(Delivery.class, form.delivery(), "request.delivery.invalid", problems);
		if (delivery == Delivery.POST && address.isEmpty()) {
			problems.add(new RuleViolationException("request.address.missing", "Delivery by post without address"));
		}
		if (delivery == Delivery.ONLINE && email.isEmpty()) {
			problems.add(new RuleViolationException("request.email.missing", "Online delivery without e-mail"));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new ValidApplication(type, name, idType, idNumber, blankToNull(phone), blankToNull(email),
				blankToNull(address), description, formats, delivery);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String key,
			List<RuleViolationException> problems) {
		try {
			return parse(type, value, key);
		}
		catch (RuleViolationException ex) {
			problems.add(ex);
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
		String name = text(value);
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(name)) {
				return candidate;
			}
		}
		throw new RuleViolationException(key, "Unknown " + type.getSimpleName());
	}

	/**
	 * Free text as stored: no control characters but line breaks and tabs, stripped;
	 * never null.
	 */
	public static String text(String value) {
		return Text.clean(value);
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
