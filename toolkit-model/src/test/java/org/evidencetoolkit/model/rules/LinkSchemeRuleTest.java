package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkSchemeRuleTest {
  private static final String RULE = "link.scheme";

  private static Intervention withResourceUrl(String url) {
    return Intervention.builder()
        .from(Samples.clean())
        .resources(
            List.of(Resource.builder().title("Further reading").url(URI.create(url)).build()))
        .build();
  }

  private static RichText linkTo(String url) {
    return RichText.of(
        Paragraph.of("First."),
        new Paragraph(
            List.of(new Text("See "), new Link(URI.create(url), List.of(new Text("this"))))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org",
        "http://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG/",
        "Http://example.org:8080",
        "https://[::1]/x",
        "mailto:someone@example.org",
        "MAILTO:someone@example.org?subject=Hello"
      })
  void acceptsAbsoluteWebAndMailAddresses(String url) {
    assertThat(RuleCheck.violations(withResourceUrl(url), RULE)).isEmpty();
    assertThat(
            RuleCheck.violations(
                Intervention.builder().from(Samples.clean()).whatIsIt(linkTo(url)).build(), RULE))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:x",
        "javascript:alert(1)",
        "data:text/html,x",
        "ftp://example.org/file",
        "file:///etc/passwd",
        "mailto:?subject=x",
        "mailto:nobody",
        "mailto:@example.org",
        "http:/x",
        "http:x",
        "https:///path",
        "http://exa_mple.org",
        "//example.org/path",
        "/relative",
        "relative.html",
        "",
        "https://user@example.org",
        "https://user:password@example.org/",
        "https://example.org/\u202Egnp.exe",
        "https://example.org:/",
        "mailto:someone@"
      })
  void refusesAnythingElseOnAResource(String url) {
    Violation v = RuleCheck.single(withResourceUrl(url), RULE, Severity.ERROR, "/resources/0/url");
    assertThat(v.message()).contains("resource 1").contains(Wording.quote(url));
  }

  @Test
  void namesTheSchemeItRefuses() {
    Violation v =
        RuleCheck.single(
            withResourceUrl("javascript:alert(1)"), RULE, Severity.ERROR, "/resources/0/url");
    assertThat(v.message())
        .contains("scheme \"javascript\"")
        .contains("only http, https and mailto");
  }

  @Test
  void refusesAUserNameBeforeTheHostAsTheRenderersDo() {
    Violation v =
        RuleCheck.single(
            withResourceUrl("https://user@example.org"), RULE, Severity.ERROR, "/resources/0/url");
    assertThat(v.message()).contains("user name before the host").contains("remove it");
  }

  @Test
  void refusesAMailtoWithoutAMailbox() {
    Violation v =
        RuleCheck.single(
            withResourceUrl("mailto:?subject=x"), RULE, Severity.ERROR, "/resources/0/url");
    assertThat(v.message()).contains("names no e-mail address");
  }

  @Test
  void namesAnInvisibleCharacterAndWhereItIs() {
    Violation v =
        RuleCheck.single(
            withResourceUrl("https://example.org/\u202Egnp.exe"), RULE, Severity.ERROR,
            "/resources/0/url");
    assertThat(v.message()).contains("U+202E at character 21").contains("percent-encode");
  }

  @Test
  void pointsAtTheRichTextFieldHoldingTheLink() {
    Intervention i =
        Intervention.builder().from(Samples.clean()).effectiveness(linkTo("javascript:x")).build();
    Violation v = RuleCheck.single(i, RULE, Severity.ERROR, "/effectiveness");
    assertThat(v.message())
        .contains("\"this\"")
        .contains("\"javascript:x\"")
        .contains("\"Is it effective?\"");
  }

  @Test
  void checksLinksInTipBodies() {
    Intervention i =
        Intervention.builder()
            .from(Samples.clean())
            .implementation(
                List.of(
                    ImplementationTip.of("One", RichText.paragraph("Fine.")),
                    ImplementationTip.of("Two", linkTo("data:x"))))
            .build();
    RuleCheck.single(i, RULE, Severity.ERROR, "/implementation/1/body");
  }

  @Test
  void reportsEveryBadLinkInDocumentOrder() {
    Intervention i =
        Intervention.builder()
            .from(withResourceUrl("ftp://x.org"))
            .whatIsIt(linkTo("javascript:x"))
            .topicSummary(linkTo("/relative"))
            .build();
    assertThat(RuleCheck.violations(i, RULE))
        .extracting(Violation::path)
        .containsExactly("/whatIsIt", "/topicSummary", "/resources/0/url");
  }
}
