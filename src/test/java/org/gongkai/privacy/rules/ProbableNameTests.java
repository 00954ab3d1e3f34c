package org.gongkai.privacy.rules;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probable names in short texts: found in the contexts that name a person, never in place
 * names or before an official title, and any text gives ordered, disjoint findings of one
 * surname and one or two chars.
 */
class ProbableNameTests {

	private static final String NOT_PLACE_END = "村镇乡县区街路港井庄湾局委";

	@Test
	void aNameAfterAComplaintOrBeforeHisHouseholdIsFound() {
		assertThat(found("举报张三")).containsExactly("张三");
		assertThat(found("投诉王小明的违建")).containsExactly("王小明");
		assertThat(found("司马光等人")).containsExactly("司马光");
		assertThat(found("村民赵四户的低保")).containsExactly("赵四");
	}

	@Test
	void placesOrganisationsAndOfficialsAreNoNames() {
		assertThat(found("反映张家港的限行")).isEmpty();
		assertThat(found("投诉王府井的商户")).isEmpty();
		assertThat(found("反映高新区的路灯")).isEmpty();
		assertThat(found("反映李庄村的道路")).isEmpty();
		assertThat(found("投诉王局长的作风")).isEmpty();
		assertThat(found("反映李书记")).isEmpty();
	}

	@Provide
	Arbitrary<String> places() {
		Arbitrary<String> surname = Arbitraries
			.of(ProbableName.SURNAMES.chars().mapToObj((c) -> String.valueOf((char) c)).toList());
		Arbitrary<String> middle = Arbitraries.strings()
			.withCharRange('\u4e00', '\u9fa5')
			.ofMinLength(0)
			.ofMaxLength(1);
		Arbitrary<String> end = Arbitraries.of("村", "镇", "乡", "县", "区", "街", "路", "港", "井", "庄", "湾", "局", "委");
		Arbitrary<String> context = Arbitraries.of("举报", "投诉", "反映", "村民", "");
		Arbitrary<String> after = Arbitraries.of("的", "。", "", "等人", "户");
		return Combinators.combine(context, surname, middle, end, after).as((c, s, m, e, a) -> c + s + m + e + a);
	}

	@Property(tries = 500)
	void aPlaceNameIsNeverAName(@ForAll("places") String text) {
		assertThat(ProbableName.find(text)).noneMatch((f) -> NOT_PLACE_END.indexOf(text.charAt(f.end() - 1)) >= 0);
	}

	@Property(tries = 500)
	void anyTextGivesOrderedDisjointNamesOfTwoToFourChars(@ForAll("prose") String text) {
		List<Finding> findings = ProbableName.find(text);
		int end = 0;
		for (Finding finding : findings) {
			assertThat(finding.type()).isEqualTo(FindingType.PROBABLE_NAME);
			assertThat(finding.start()).isGreaterThanOrEqualTo(end);
			assertThat(finding.end() - finding.start()).isBetween(2, 4);
			end = finding.end();
		}
	}

	@Provide
	Arbitrary<String> prose() {
		return Arbitraries.strings().withChars("举报投诉反映村民的等人户家张王李欧阳司马三四明小局长书记镇村，。 ").ofMaxLength(40);
	}

	private static List<String> found(String text) {
		return ProbableName.find(text).stream().map((f) -> text.substring(f.start(), f.end())).toList();
	}

}
