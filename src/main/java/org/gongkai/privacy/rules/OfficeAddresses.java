package org.gongkai.privacy.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;

/**
 * The office addresses of agencies (their disclosure offices' contact data, published in
 * the guide under Regulations art. 12): a house number found in a text is an office's,
 * not a home's, when it starts with the office's house number and the three chars before
 * it (the end of the road's or village's name, {@code 人民路}) are the same, as in
 * 「来访请到青山县人民路1号」 for an office at 人民路1号. Plain Java; immutable.
 */
public final class OfficeAddresses {

	/** How many chars of the place name before the house number must be the same. */
	private static final int NAME_CHARS = 3;

	/** Each office's address, folded, with the house number found in it. */
	private final List<Office> offices;

	private OfficeAddresses(List<Office> offices) {
		this.offices = offices;
	}

	/**
	 * The offices at {@code addresses}; null, blank or addresses without a house number
	 * are left out.
	 */
	public static OfficeAddresses of(Collection<String> addresses) {
		List<Office> offices = new ArrayList<>();
		for (String address : addresses) {
			if (address == null) {
				continue;
			}
			String folded = FullWidth.fold(address.strip());
			for (Finding finding : new TextScan(folded, 0).findings()) {
				if (finding.type() == FindingType.ADDRESS) {
					offices.add(new Office(folded, finding.start(), finding.end()));
				}
			}
		}
		return new OfficeAddresses(List.copyOf(offices));
	}

	/**
	 * The {@code findings} of {@code text} without the house numbers that are an
	 * office's.
	 */
	public List<Finding> without(String text, List<Finding> findings) {
		if (this.offices.isEmpty()) {
			return findings;
		}
		String folded = FullWidth.fold(text);
		return findings.stream()
			.filter((f) -> f.type() != FindingType.ADDRESS
					|| this.offices.stream().noneMatch((office) -> office.isAt(folded, f)))
			.toList();
	}

	/** An office's address and where its house number is in it. */
	private record Office(String address, int start, int end) {

		// whether the finding in the text starts with this house number
		boolean isAt(String text, Finding finding) {
			int name = Math.min(this.start, NAME_CHARS);
			int number = this.end - this.start;
			return finding.end() - finding.start() >= number && finding.start() >= name
					&& text.regionMatches(finding.start() - name, this.address, this.start - name, name + number);
		}

	}

}
