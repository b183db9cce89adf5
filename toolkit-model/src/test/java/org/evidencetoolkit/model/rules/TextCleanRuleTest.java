package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanRuleTest {
  private static final String RULE = "text.clean";

  private static Intervention edit(UnaryOperator<Intervention.Builder> change) {
    return change.apply(Intervention.builder().from(Samples.clean())).build();
  }

  @Test
  void passesCleanContent() {
    assertThat(RuleCheck.violations(Samples.clean(), RULE)).isEmpty();
  }

  @Test
  void allowsSpacesBetweenInlinesAndAnyVisibleScript() {
    RichText text =
        RichText.of(
            new Paragraph(
                List.of(
                    new Text("Trauma is "),
                    new Strong(List.of(new Text("lasting"))),
                    new Text(" harm: שלום, 😀, 你好."))));
    assertThat(RuleCheck.violations(edit(b -> b.whatIsIt(text).title("Ментор 😀")), RULE))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Men\ttoring", "Mentoring\n", "Men\u0000toring", "Men\u007Ftoring", "\u0085x"})
  void refusesAControlCharacterInAPlainField(String title) {
    Violation v = RuleCheck.violations(edit(b -> b.title(title)), RULE).get(0);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo("/title");
    assertThat(v.message()).contains("control character").containsPattern("U\\+00[0-9A-F]{2}");
  }

  @Test
  void countsControlCharactersAndLocatesTheFirst() {
    Violation v = RuleCheck.single(edit(b -> b.summary("a\tb\tc")), RULE, Severity.ERROR, "/summary");
    assertThat(v.message()).contains("2 control characters").contains("U+0009 (tab)").contains("character 2");
  }

  @Test
  void refusesALineBreakInsideRichText() {
    RichText text =
        RichText.of(
            Paragraph.of("First paragraph."),
            new Paragraph(List.of(new Text("one line "), new Emphasis(List.of(new Text("and\nanother"))))));
    Violation v = RuleCheck.single(edit(b -> b.effectiveness(text)), RULE, Severity.ERROR, "/effectiveness");
    assertThat(v.message())
        .contains("U+000A (line feed)")
        .contains("character 13 of paragraph 2")
        .contains("\"Is it effective?\"");
  }

  @Test
  void refusesAControlCharacterInATipBody() {
    Intervention i =
        edit(b -> b.implementation(List.of(ImplementationTip.of("Tip", RichText.paragraph("bell\u0007")))));
    RuleCheck.single(i, RULE, Severity.ERROR, "/implementation/0/body");
  }

  @Test
  void refusesABrokenSurrogate() {
    Violation v = RuleCheck.single(edit(b -> b.title("Ment\uD800oring")), RULE, Severity.ERROR, "/title");
    assertThat(v.message()).contains("broken character").contains("U+D800");
  }

  @Test
  void refusesASurrogatePairSplitAcrossTextNodes() {
    // Each Text holds half a pair: a renderer writing them separately would write garbage.
    RichText text = RichText.of(new Paragraph(List.of(new Text("x\uD83D"), new Text("\uDE00y"))));
    Violation v = RuleCheck.single(edit(b -> b.whatIsIt(text)), RULE, Severity.ERROR, "/whatIsIt");
    assertThat(v.message()).contains("2 broken characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {" Mentoring", "Mentoring ", "\u00A0Mentoring", "Mentoring\u3000"})
  void refusesLeadingOrTrailingWhiteSpaceOnATitle(String title) {
    Violation v = RuleCheck.single(edit(b -> b.title(title)), RULE, Severity.ERROR, "/title");
    assertThat(v.message()).contains("white space");
  }

  @Test
  void saysWhichEndHasWhiteSpace() {
    assertThat(RuleCheck.single(edit(b -> b.summary(" x")), RULE, Severity.ERROR, "/summary").message())
        .contains("starts with white space");
    assertThat(RuleCheck.single(edit(b -> b.summary("x ")), RULE, Severity.ERROR, "/summary").message())
        .contains("ends with white space");
    assertThat(RuleCheck.single(edit(b -> b.summary(" x ")), RULE, Severity.ERROR, "/summary").message())
        .contains("starts and ends with white space");
  }

  @Test
  void checksTipAndResourceTitlesAndDescriptions() {
    Intervention i =
        edit(
            b ->
                b.implementation(List.of(ImplementationTip.of("Tip ", RichText.paragraph("Body."))))
                    .resources(
                        List.of(
                            Resource.builder().title(" Title").description("Description ").build())));
    assertThat(RuleCheck.violations(i, RULE))
        .extracting(Violation::path)
        .containsExactly("/implementation/0/title", "/resources/0/title", "/resources/0/description");
  }

  @Test
  void refusesADescriptionThatIsPresentButBlank() {
    Intervention i =
        edit(b -> b.resources(List.of(Resource.builder().title("Title").description(" ").build())));
    Violation v = RuleCheck.single(i, RULE, Severity.ERROR, "/resources/0/description");
    assertThat(v.message()).contains("empty").contains("leave it out");
  }

  @Test
  void leavesABlankTitleToTextPresent() {
    assertThat(RuleCheck.violations(edit(b -> b.title("  ")), RULE)).isEmpty();
  }

  @Test
  void refusesAnEmptyParagraph() {
    RichText text = RichText.of(Paragraph.of("Fine."), Paragraph.of(" "));
    Violation v = RuleCheck.single(edit(b -> b.whatIsIt(text)), RULE, Severity.ERROR, "/whatIsIt");
    assertThat(v.message()).contains("empty paragraph").contains("paragraph 2");
  }

  @Test
  void refusesAnEmptyListItemAndAListWithoutItems() {
    RichText text =
        RichText.of(
            new BulletList(List.of(List.of(new Text("one")), List.of())),
            new OrderedList(List.of()));
    List<Violation> found = RuleCheck.violations(edit(b -> b.topicSummary(text)), RULE);
    assertThat(found).extracting(Violation::path).containsOnly("/topicSummary");
    assertThat(found)
        .extracting(Violation::message)
        .anySatisfy(m -> assertThat(m).contains("empty list item").contains("item 2 of list 1"))
        .anySatisfy(m -> assertThat(m).contains("no items").contains("list 2"));
  }

  @Test
  void refusesWhiteSpaceAtTheEdgeOfAParagraph() {
    RichText text = RichText.of(new Paragraph(List.of(new Text(" Starts with a space."))));
    Violation v = RuleCheck.single(edit(b -> b.costDetails(text)), RULE, Severity.ERROR, "/costDetails");
    assertThat(v.message()).contains("paragraph 1 starts with white space");
  }

  @Test
  void refusesALinkWithoutText() {
    RichText text =
        RichText.of(
            new Paragraph(
                List.of(
                    new Text("See "),
                    new Link(URI.create("https://example.org/x"), List.of()),
                    new Text(" and more."))));
    Violation v = RuleCheck.single(edit(b -> b.whatIsIt(text)), RULE, Severity.ERROR, "/whatIsIt");
    assertThat(v.message()).contains("link with no text").contains("https://example.org/x");
  }

  @Test
  void checksWhatAToolkitDeclares() {
    Toolkit toolkit =
        Toolkit.builder()
            .title("Tool\u0007kit")
            .addSetting(Setting.of("accident-and-emergency", "A&E "))
            .addIntervention(Samples.clean())
            .build();
    assertThat(RuleCheck.violations(toolkit, RULE))
        .extracting(Violation::path)
        .containsExactly("/title", "/settings/0/label");
  }
}
