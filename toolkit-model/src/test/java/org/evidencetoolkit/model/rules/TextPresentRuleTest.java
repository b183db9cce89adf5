package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextPresentRuleTest {
  private static final String RULE = "text.present";

  private static Intervention edit(UnaryOperator<Intervention.Builder> change) {
    return change.apply(Intervention.builder().from(Samples.clean())).build();
  }

  @Test
  void passesCompleteContent() {
    assertThat(RuleCheck.violations(Samples.clean(), RULE)).isEmpty();
  }

  static Stream<Arguments> emptyFields() {
    return Stream.of(
        Arguments.of("/title", edit(b -> b.title(""))),
        Arguments.of("/summary", edit(b -> b.summary(""))),
        Arguments.of("/whatIsIt", edit(b -> b.whatIsIt(RichText.empty()))),
        Arguments.of("/effectiveness", edit(b -> b.effectiveness(RichText.paragraph(" ")))),
        Arguments.of(
            "/evidenceSecurity",
            edit(b -> b.evidenceSecurity(RichText.of(new Paragraph(List.of()))))),
        Arguments.of(
            "/implementation/1/title",
            edit(
                b ->
                    b.implementation(
                        List.of(
                            Samples.clean().implementation().get(0),
                            ImplementationTip.of("", RichText.paragraph("Body.")))))),
        Arguments.of("/resources/0/title", edit(b -> b.resources(List.of(Resource.of("  "))))));
  }

  @ParameterizedTest
  @MethodSource("emptyFields")
  void reportsAnEmptyRequiredField(String path, Intervention intervention) {
    Violation v = RuleCheck.single(intervention, RULE, Severity.ERROR, path);
    assertThat(v.message()).contains("empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t\n", "\u00A0", "\u200B", "\u0000", "\u2003\u3000"})
  void countsInvisibleTextAsBlank(String blank) {
    Violation v = RuleCheck.single(edit(b -> b.title(blank)), RULE, Severity.ERROR, "/title");
    assertThat(v.message()).startsWith("The title is empty");
  }

  @Test
  void namesTheSectionAsTheEditorKnowsIt() {
    Violation v =
        RuleCheck.single(
            edit(b -> b.whatIsIt(RichText.empty())), RULE, Severity.ERROR, "/whatIsIt");
    assertThat(v.message()).contains("\"What is it?\"");
  }

  @Test
  void leavesOptionalSectionsAlone() {
    Intervention i =
        edit(b -> b.costDetails(RichText.empty()).topicSummary(RichText.empty()).implementation(List.of()));
    assertThat(RuleCheck.violations(i, RULE)).isEmpty();
  }

  @Test
  void reportsEveryEmptyFieldInDocumentOrder() {
    Intervention i = edit(b -> b.title("").summary("").whatIsIt(RichText.empty()));
    assertThat(RuleCheck.violations(i, RULE))
        .extracting(Violation::path)
        .containsExactly("/title", "/summary", "/whatIsIt");
  }

  @Test
  void reportsAnEmptyToolkitTitle() {
    Toolkit toolkit = Toolkit.builder().title(" ").addIntervention(Samples.clean()).build();
    Violation v = RuleCheck.single(toolkit, RULE, Severity.ERROR, "/title");
    assertThat(v.interventionId()).isEmpty();
  }
}
