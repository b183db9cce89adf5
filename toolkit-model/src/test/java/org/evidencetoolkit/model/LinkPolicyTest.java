package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;
import org.evidencetoolkit.model.LinkPolicy.Reason;
import org.evidencetoolkit.model.LinkPolicy.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one link policy: each refusal names its reason and the place in the address. (The render
 * module's {@code UrlPolicyTest} runs its long table of hostile addresses through the same policy,
 * and its {@code LinkPolicyAgreementTest} proves the rule and the renderers agree.)
 */
class LinkPolicyTest {
  static Stream<Arguments> refusals() {
    return Stream.of(
        refused("https://user@example.org", Reason.USER_INFO, 8),
        refused("https://user:pass@example.org/", Reason.USER_INFO, 8),
        refused("https://example.org@evil.example/", Reason.USER_INFO, 8),
        refused("mailto:?subject=x", Reason.NO_MAILBOX, 7),
        refused("mailto:", Reason.NO_MAILBOX, 7),
        refused("mailto:nobody", Reason.NO_MAILBOX, 7),
        refused("mailto:@example.org", Reason.NO_MAILBOX, 7),
        refused("mailto:someone@", Reason.NO_MAILBOX, 7),
        refused("mailto:someone%40example.org", Reason.NO_MAILBOX, 7),
        refused("mailto://someone@example.org", Reason.NO_MAILBOX, 7),
        refused("javascript:alert(1)", Reason.SCHEME, 0),
        refused("ftp://example.org/", Reason.SCHEME, 0),
        refused("", Reason.NOT_ABSOLUTE, 0),
        refused("//example.org/", Reason.NOT_ABSOLUTE, 0),
        refused("/relative", Reason.NOT_ABSOLUTE, 0),
        refused("1https://example.org", Reason.NOT_ABSOLUTE, 0),
        refused("https://example.org/a b", Reason.CHARACTER, 21),
        refused("https://example.org/\u202Egnp.exe", Reason.CHARACTER, 20),
        refused("https://example.org/\u0000", Reason.CHARACTER, 20),
        refused("https://example.org/\uE000", Reason.CHARACTER, 20),
        refused("https://example.org/<x>", Reason.CHARACTER, 20),
        refused("https://example.org/100%", Reason.PERCENT_ESCAPE, 23),
        refused("https://example.org/%zz", Reason.PERCENT_ESCAPE, 20),
        refused("https:/example.org", Reason.NO_HOST, 6),
        refused("https://", Reason.NO_HOST, 8),
        refused("https://exa_mple.org/", Reason.NO_HOST, 8),
        refused("https://.example.org", Reason.NO_HOST, 8),
        refused("https://[]/", Reason.NO_HOST, 8),
        refused("https://example.org:port/", Reason.PORT, 19),
        refused("https://example.org:/", Reason.PORT, 19),
        refused("https://example.org:1234567/", Reason.PORT, 19),
        refused("https://[::1]:x/", Reason.PORT, 13),
        refused("https://example.org/" + "a".repeat(LinkPolicy.MAX_LENGTH), Reason.TOO_LONG,
            LinkPolicy.MAX_LENGTH));
  }

  private static Arguments refused(String address, Reason reason, int index) {
    return Arguments.of(address, reason, index);
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void namesTheReasonAndThePlace(String address, Reason reason, int index) {
    assertThat(LinkPolicy.refusal(address)).as(address).contains(new Refusal(reason, index));
    assertThat(LinkPolicy.allows(address)).as(address).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org",
        "http://example.org/a/b?c=d&e=f#g",
        "HTTPS://EXAMPLE.ORG/",
        "https://example.org:8443/x",
        "https://[2001:db8::1]/",
        "https://例え.jp/パス",
        "https://example.org/a%20b",
        "https://example.org/?q=a:b",
        "https://example.org/?who=a@b",
        "mailto:someone@example.org",
        "MAILTO:someone@example.org?subject=Hello",
        "mailto:a@example.org,b@example.org",
        "mailto:someone@example.org#top"
      })
  void allowsWebAndMailAddresses(String address) {
    assertThat(LinkPolicy.allows(address)).as(address).isTrue();
    assertThat(LinkPolicy.refusal(address)).as(address).isEmpty();
  }

  @Test
  void judgesAUriByTheStringItWasWrittenAs() {
    assertThat(LinkPolicy.allows(URI.create("https://example.org/x"))).isTrue();
    assertThat(LinkPolicy.refusal(URI.create("https://user@example.org")))
        .contains(new Refusal(Reason.USER_INFO, 8));
    // the multi-argument constructor quotes the space: the address as written has none
    assertThat(LinkPolicy.allows(uri("https", "example.org", "/a b"))).isTrue();
  }

  @Test
  void percentEscapesAreTwoHexadecimalDigits() {
    assertThat(LinkPolicy.hasValidPercentEscapes("a%20b%7e")).isTrue();
    assertThat(LinkPolicy.hasValidPercentEscapes("no escapes")).isTrue();
    assertThat(LinkPolicy.hasValidPercentEscapes("a%2")).isFalse();
    assertThat(LinkPolicy.hasValidPercentEscapes("a%g0")).isFalse();
    assertThat(LinkPolicy.hasValidPercentEscapes("%")).isFalse();
  }

  private static URI uri(String scheme, String host, String path) {
    try {
      return new URI(scheme, host, path, null);
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
