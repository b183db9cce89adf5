package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolkitFindAndCompareTest {
  private static final Intervention MENTORING = Samples.clean("mentoring", "Mentoring");
  private static final Intervention CBT = Samples.clean("cbt", "CBT");
  private static final Intervention MENTORING_AGAIN = Samples.clean("mentoring", "Mentoring again");
  private static final Toolkit TOOLKIT = Samples.toolkit(MENTORING, CBT, MENTORING_AGAIN);

  @Test
  void findsAnInterventionById() {
    assertThat(TOOLKIT.find("cbt")).containsSame(CBT);
    assertThat(TOOLKIT.find("CBT")).isEmpty();
    assertThat(TOOLKIT.find("")).isEmpty();
  }

  @Test
  void findsTheFirstOfDuplicateIds() {
    assertThat(TOOLKIT.find("mentoring")).containsSame(MENTORING);
  }

  @Test
  void comparesInTheOrderGiven() {
    assertThat(TOOLKIT.compare(List.of("cbt", "mentoring"))).containsExactly(CBT, MENTORING);
    assertThat(TOOLKIT.compare(List.of())).isEmpty();
  }

  @Test
  void repeatsAnIdGivenTwice() {
    assertThat(TOOLKIT.compare(List.of("cbt", "cbt"))).containsExactly(CBT, CBT);
  }

  @Test
  void namesEveryMissingIdInOrder() {
    assertThatThrownBy(() -> TOOLKIT.compare(List.of("zeta", "cbt", "alpha")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No intervention has the ids \"zeta\", \"alpha\" in toolkit \"Sample toolkit\"");
    assertThatThrownBy(() -> TOOLKIT.compare(List.of("nowhere")))
        .hasMessage("No intervention has the id \"nowhere\" in toolkit \"Sample toolkit\"");
  }

  @Test
  void knowsBuiltInAndDeclaredVocabularies() {
    Toolkit toolkit =
        Toolkit.builder()
            .title("T")
            .addSetting(Setting.of("accident-and-emergency", "A&E"))
            .addSetting(Setting.of("custody", "Secure settings"))
            .build();
    assertThat(toolkit.knownSettings())
        .extracting(Setting::code, Setting::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("community", "Community"),
            org.assertj.core.groups.Tuple.tuple("custody", "Secure settings"),
            org.assertj.core.groups.Tuple.tuple("school-and-college", "School and college"),
            org.assertj.core.groups.Tuple.tuple("accident-and-emergency", "A&E"));
    assertThat(toolkit.knownSectors()).isEqualTo(Sector.builtIns());
  }

  @Test
  void treatsSettingsWithTheSameCodeAsEqual() {
    assertThat(Setting.of("custody", "Secure settings")).isEqualTo(Setting.CUSTODY).hasSameHashCodeAs(Setting.CUSTODY);
    assertThat(Sector.of("health", "NHS")).isEqualTo(Sector.HEALTH);
    assertThat(Setting.of("Custody", "Custody")).isNotEqualTo(Setting.CUSTODY);
  }
}
