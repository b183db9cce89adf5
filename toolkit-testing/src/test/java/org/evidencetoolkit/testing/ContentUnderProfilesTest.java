package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.testing.internal.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * {@link Generators#interventions(Profile)} and {@link Generators#toolkits(Profile)} make content
 * that is valid under the profile it is generated for, and use what the profile offers.
 */
class ContentUnderProfilesTest {
  static final Measure MONTHS =
      Measure.builder()
          .id("attainment")
          .outcome("attainment")
          .unit("months")
          .better("+{0} months")
          .worse("−{0} months")
          .none("no change in attainment")
          .build();

  @Test
  void interventionsAreValidUnderTheirProfile() {
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(3_000)
        .forAll(UnderProfile.generated())
        .checkAssert(
            u -> {
              checked.incrementAndGet();
              assertThat(u.intervention())
                  .usingRules(ContentRules.defaults().withProfile(u.profile()))
                  .hasNoViolations();
            });
    assertThat(checked.get()).isGreaterThanOrEqualTo(2_900);
  }

  @Test
  void toolkitsAreValidUnderTheirOwnProfile() {
    qt().withExamples(500)
        .forAll(Generators.toolkitsUnderProfiles())
        .checkAssert(t -> assertThat(t).hasNoViolations());
  }

  @Test
  void theSameCheckFailsUnderTheBuiltInProfile() {
    // Control case: content that names a generated profile's measure, has its custom sections or
    // places its estimate by the generated profile's scale is not valid under yef, so the checks
    // above can fail. (Which of the three a run meets first depends on the examples drawn.)
    assertThatThrownBy(
            () ->
                qt().withExamples(200).withShrinkCycles(10)
                    .forAll(UnderProfile.generated())
                    .checkAssert(u -> assertThat(u.intervention()).hasNoErrors()))
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching(
            "(?s).*\\[(impact\\.measure-known|section\\.known|impact\\.estimate-matches-band)].*");
  }

  @Test
  void contentUsesWhatTheProfileOffers() {
    Set<String> seen = new TreeSet<>();
    qt().withExamples(2_000)
        .forAll(UnderProfile.generated())
        .checkAssert(
            u -> {
              Profile p = u.profile();
              Intervention i = u.intervention();
              seen.add(i.impact().measure().isPresent() ? "measure named" : "measure defaulted");
              i.impact()
                  .measure()
                  .ifPresent(
                      m -> seen.add(m.equals(p.defaultMeasure().id()) ? "first named" : "other named"));
              if (i.impact().estimate().isPresent()) {
                seen.add("estimate on " + i.impact().band());
              }
              if (!i.sections().isEmpty()) {
                seen.add("custom section");
                assertThat(p.sections()).containsAll(i.sections().keySet());
              }
              if (p.sections().size() > 7 && i.sections().isEmpty()) {
                seen.add("custom section left empty");
              }
              if (p.rules().isOff(RuleIds.PREVENTION_PRESENT) && i.preventionTypes().isEmpty()) {
                seen.add("no prevention types where the rule is off");
              }
              // Neither the intervention nor anything in it speaks of the built-in outcomes.
              assertThat(DocumentText.of(i).toLowerCase(java.util.Locale.ROOT))
                  .doesNotContain("violence", "crime");
            });
    List<String> expected =
        new ArrayList<>(
            List.of(
                "measure named", "measure defaulted", "first named", "other named",
                "custom section", "custom section left empty",
                "no prevention types where the rule is off"));
    for (ImpactBand band : ImpactBand.values()) {
      if (band.isRated()) {
        expected.add("estimate on " + band);
      }
    }
    assertThat(seen).containsAll(expected);
  }

  @Test
  void sectionsTheProfileLeavesOutStayEmpty() {
    Profile noTipsNoReading =
        Profile.builder()
            .name("short")
            .addMeasure(MONTHS)
            .sections(List.of("effectiveness", "what-is-it", "evidence-security", "cost"))
            .build();
    qt().withExamples(500)
        .forAll(Generators.interventions(noTipsNoReading))
        .checkAssert(
            i -> {
              assertThat(i.implementation()).isEmpty();
              assertThat(i.resources()).isEmpty();
              assertThat(i.topicSummary().isEmpty()).isTrue();
              assertThat(i.sections()).isEmpty();
              assertThat(i)
                  .usingRules(ContentRules.defaults().withProfile(noTipsNoReading))
                  .hasNoViolations();
            });
  }

  @Test
  void aRequiredSectionLeftOutNeedsItsRuleOff() {
    List<String> withoutEvidence = new ArrayList<>(Profile.builtInSectionIds());
    withoutEvidence.remove(Section.EVIDENCE_SECURITY.id());
    Profile strict = Profile.builder().name("strict").sections(withoutEvidence).build();
    assertThatThrownBy(() -> Generators.interventions(strict))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence-security")
        .hasMessageContaining("text.present");
    Profile relaxed =
        Profile.builder()
            .from(strict)
            .name("relaxed")
            .rules(RuleSettings.builder().addOff(RuleIds.TEXT_PRESENT).build())
            .build();
    qt().withExamples(300)
        .forAll(Generators.interventions(relaxed))
        .checkAssert(
            i -> {
              assertThat(i.evidenceSecurity().isEmpty()).isTrue();
              assertThat(i)
                  .usingRules(ContentRules.defaults().withProfile(relaxed))
                  .hasNoViolations();
            });
  }

  @Test
  void theBuiltInProfileKeepsItsWords() {
    // Under yef itself, content may name yef's measures and use its words.
    Set<String> measures = new TreeSet<>();
    qt().withExamples(1_000)
        .forAll(Generators.interventions(Profile.yef()))
        .checkAssert(
            i -> {
              i.impact().measure().ifPresent(measures::add);
              assertThat(i).hasNoViolations();
            });
    assertThat(measures).containsExactly("crime", "violence");
  }

  @Test
  void theDefaultGeneratorsAreAsBeforeProfiles() {
    qt().withExamples(1_000)
        .forAll(Generators.interventions())
        .checkAssert(
            i -> {
              assertThat(i.impact().measure()).isEmpty();
              assertThat(i.sections()).isEmpty();
            });
    qt().withExamples(200)
        .forAll(Generators.toolkits())
        .checkAssert(
            t -> {
              assertThat(t.profile()).isEqualTo(Profile.yef());
              assertThat(t.about().isEmpty()).isTrue();
              assertThat(t.source()).isEmpty();
            });
  }
}
