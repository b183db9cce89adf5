package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceDuplicateRuleTest {
  private static final String RULE = "resource.duplicate";

  private static Intervention withUrls(String... urls) {
    return Intervention.builder()
        .from(Samples.clean())
        .resources(
            Arrays.stream(urls)
                .map(u -> Resource.builder().title("Reading " + u).url(URI.create(u)).build())
                .toList())
        .build();
  }

  @Test
  void acceptsDistinctAddressesAndResourcesWithoutOne() {
    Intervention i =
        Intervention.builder()
            .from(withUrls("https://example.org/a", "https://example.org/b", "https://example.org/a#part"))
            .addResource(Resource.of("No address"))
            .addResource(Resource.of("No address either"))
            .build();
    assertThat(RuleCheck.violations(i, RULE)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "https://example.org/a, https://example.org/a",
    "https://example.org, https://EXAMPLE.org/",
    "HTTPS://example.org/a, https://example.org/a",
    "https://example.org:443/a, https://example.org/a",
    "http://example.org:80/a, http://example.org/a",
    "https://example.org/x/../a, https://example.org/a",
    "MAILTO:team@example.org, mailto:team@example.org"
  })
  void warnsOfTheSameAddressTwice(String first, String second) {
    Violation v =
        RuleCheck.single(withUrls(first, second), RULE, Severity.WARNING, "/resources/1/url");
    assertThat(v.message()).contains("resource 1").contains(second);
  }

  @ParameterizedTest
  @CsvSource({
    "https://example.org/a, https://example.org/A",
    "http://example.org/a, https://example.org/a",
    "https://example.org:8443/a, https://example.org/a",
    "https://example.org/a?x=1, https://example.org/a?x=2"
  })
  void tellsDifferentAddressesApart(String first, String second) {
    assertThat(RuleCheck.violations(withUrls(first, second), RULE)).isEmpty();
  }

  @Test
  void reportsEveryRepeat() {
    assertThat(
            RuleCheck.violations(
                withUrls("https://a.org", "https://b.org", "https://a.org", "https://a.org/"), RULE))
        .extracting(Violation::path)
        .containsExactly("/resources/2/url", "/resources/3/url");
  }
}
