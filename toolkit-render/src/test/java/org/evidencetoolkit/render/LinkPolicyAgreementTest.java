package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The {@code link.scheme} rule and the renderers judge every address the same way: content whose
 * links pass the rule keeps every link in HTML and Markdown, and every link the renderers drop is
 * reported by the rule. Checked on the outputs themselves (the HTML parsed with jsoup, the
 * Markdown with commonmark-java), for generated addresses and for the tricky ones of {@link
 * UrlPolicyTest}.
 */
class LinkPolicyAgreementTest {
  private static final String[] SCHEMES = {
    "https", "http", "HTTPS", "Http", "mailto", "MAILTO", "javascript", "ftp", "data", "", "1x",
    "h-t.t+p",
  };
  private static final String[] SEPARATORS = {"://", "://", ":", ":/", ":///", "//", ""};
  private static final String[] USER_INFO = {
    "", "", "", "user@", "user:pass@", "@", "example.org@", "%40", "someone@",
  };
  private static final String[] HOSTS = {
    "example.org", "例え.jp", "[2001:db8::1]", "[::1", "[]", "exa_mple.org", "", ".example.org",
    "-x.org", "localhost", "example.org.", "a%2eb", "xn--bcher-kva.example",
  };
  private static final String[] PORTS = {"", "", "", ":8443", ":", ":99999", ":1234567", ":x", ":0"};
  private static final String[] PATHS = {
    "", "", "/", "/a/b", "/a%20b", "/%zz", "/100%", "/\u202Egnp.exe", "/é", "/a:b", "?q=1",
    "?subject=x", "#top", "/\uE000", "/\u200B", "/a)b", "/(x)", "/a%2", "?a=<b>", "/~x",
  };

  private static Gen<String> addresses() {
    return piece(SCHEMES).zip(piece(SEPARATORS), piece(USER_INFO), piece(HOSTS),
            (scheme, separator, user, host) -> scheme + separator + user + host)
        .zip(piece(PORTS), piece(PATHS), (start, port, path) -> start + port + path);
  }

  private static Gen<String> piece(String[] pieces) {
    return integers().between(0, pieces.length - 1).map(i -> pieces[i]);
  }

  static Stream<String> trickyAddresses() {
    List<String> all = new ArrayList<>(UrlPolicyTest.REFUSED);
    all.addAll(UrlPolicyTest.ALLOWED);
    // the two that the rule and the renderer used to judge differently
    all.add("https://user@example.org");
    all.add("mailto:?subject=x");
    all.addAll(List.of("mailto:nobody", "mailto:@example.org", "mailto:a@", "https://example.org:",
        "http://exa_mple.org", "https://example.org/\u202Egnp.exe", "https://example.org/\uE000",
        "https://example.org/\u00AD", "mailto:someone@example.org#x", "https://a.b/" + "x".repeat(9000)));
    return all.stream().filter(a -> uri(a).isPresent());
  }

  @Test
  void theRuleAndTheRenderersAgreeOnGeneratedAddresses() {
    qt().withExamples(3_000).withShrinkCycles(200).forAll(addresses())
        .checkAssert(LinkPolicyAgreementTest::assertAgree);
  }

  @ParameterizedTest
  @MethodSource("trickyAddresses")
  void theRuleAndTheRenderersAgreeOnTrickyAddresses(String address) {
    assertAgree(address);
  }

  @Test
  void theTrickyAddressesIncludeBothVerdicts() {
    assertThat(trickyAddresses()).hasSizeGreaterThan(50)
        .anyMatch(a -> ruleAccepts(uri(a).orElseThrow()))
        .anyMatch(a -> !ruleAccepts(uri(a).orElseThrow()));
  }

  /**
   * An intervention holding the address twice (a resource and a link in rich text): the rule
   * accepts it exactly when both the HTML and the Markdown renderers write both links.
   */
  private static void assertAgree(String address) {
    Optional<URI> parsed = uri(address);
    if (parsed.isEmpty()) {
      return; // the model cannot hold it: reading refuses it as a bad URL
    }
    URI url = parsed.get();
    Intervention intervention = withLinks(url);
    boolean accepted = ruleAccepts(url);
    String as = "address " + address.replaceAll("\\p{C}", "?") + ", rule accepts: " + accepted;
    int expected = accepted ? 2 : 0;
    assertThat(htmlLinksTo(intervention, address)).as("HTML links; " + as).isEqualTo(expected);
    assertThat(markdownLinksTo(intervention, address)).as("Markdown links; " + as)
        .isEqualTo(expected);
  }

  private static boolean ruleAccepts(URI url) {
    return ContentRules.defaults().validate(withLinks(url)).violations().stream()
        .noneMatch(v -> v.ruleId().equals(RuleIds.LINK_SCHEME));
  }

  private static Intervention withLinks(URI url) {
    return Intervention.builder()
        .from(Fixtures.minimal())
        .whatIsIt(new RichText(List.of(new Paragraph(List.of(
            new Text("See "),
            new org.evidencetoolkit.model.text.Link(url, List.of(new Text("the page"))))))))
        .resources(List.of(Resource.builder().title("The page").url(url).build()))
        .build();
  }

  private static int htmlLinksTo(Intervention intervention, String address) {
    int count = 0;
    for (Element a : Jsoup.parse(HtmlRenderer.defaults().renderPage(intervention)).select("a")) {
      if (a.attr("href").equals(address)) {
        count++;
      }
    }
    return count;
  }

  private static int markdownLinksTo(Intervention intervention, String address) {
    Set<Link> found = new HashSet<>();
    Parser.builder().build().parse(MarkdownRenderer.defaults().render(intervention))
        .accept(new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            if (link.getDestination().equals(address)) {
              found.add(link);
            }
            visitChildren(link);
          }
        });
    return found.size();
  }

  private static Optional<URI> uri(String address) {
    try {
      return Optional.of(new URI(address));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
