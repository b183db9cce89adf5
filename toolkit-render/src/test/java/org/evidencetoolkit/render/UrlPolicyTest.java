package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The URL policy, tested on strings directly: many of these cannot even be a {@link URI}. */
class UrlPolicyTest {
  /** Every one of these must be refused. */
  static final List<String> REFUSED =
      List.of(
          // script and data schemes, in any case
          "javascript:alert(1)",
          "JAVASCRIPT:alert(1)",
          "JaVaScRiPt:alert(1)",
          "javascript://example.org/%0Aalert(1)",
          "javascript:/*https://example.org*/alert(1)",
          "vbscript:msgbox(1)",
          "VBScript:msgbox(1)",
          "data:text/html,<script>alert(1)</script>",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "DATA:image/svg+xml,<svg onload=alert(1)>",
          "livescript:alert(1)",
          "file:///etc/passwd",
          "ftp://example.org/file",
          "blob:https://example.org/uuid",
          "filesystem:https://example.org/temporary/x",
          "about:blank",
          "chrome://settings",
          "view-source:https://example.org",
          "jar:https://example.org/a.jar!/",
          "intent://scan/#Intent;scheme=zxing;end",
          "tel:+441234567890",
          "sms:+441234567890",
          "ws://example.org/socket",
          // control characters, white space and entities in or before the scheme
          "java\tscript:alert(1)",
          "java\nscript:alert(1)",
          "java\rscript:alert(1)",
          "java\u0000script:alert(1)",
          "\u0000javascript:alert(1)",
          " javascript:alert(1)",
          "\tjavascript:alert(1)",
          "\u00A0javascript:alert(1)",
          "\u2028javascript:alert(1)",
          "\u200Bjavascript:alert(1)",
          "\uFEFFjavascript:alert(1)",
          "javascript&colon;alert(1)",
          "javascript&#58;alert(1)",
          "javascript&#x3A;alert(1)",
          "&#106;avascript:alert(1)",
          "&#x6A;avascript:alert(1)",
          "java&#x09;script:alert(1)",
          "jav&#x0A;ascript:alert(1)",
          "javascript%3Aalert(1)",
          "%6Aavascript:alert(1)",
          "https\u0000://example.org",
          "ht\ttps://example.org",
          "https ://example.org",
          " https://example.org",
          "https://example.org ",
          "https://example.org/\u0007",
          "https://example.org/a b",
          "https://example.org/\u202Egnp.exe",
          // not absolute, or not really a host
          "//example.org",
          "///example.org",
          "\\\\example.org",
          "\\/example.org",
          "/\\example.org",
          "/relative/path",
          "relative/path",
          "?query",
          "#fragment",
          "",
          "https:example.org",
          "https:/example.org",
          "https:///example.org",
          "https://",
          "http://",
          "https:",
          "https://:443",
          "https://.example.org",
          "https://-example.org",
          "https://exa mple.org",
          "https://example.org:port",
          "https://example.org:1234567",
          "https://[::1",
          "https://[]/",
          // user information disguises the host
          "https://example.org@evil.example",
          "https://user:pass@example.org/",
          "https://example.org%40evil.example",
          // markup and quotes
          "https://example.org/\"onmouseover=\"alert(1)",
          "https://example.org/<script>",
          "https://example.org/>",
          "https://example.org/`x`",
          "https://example.org\\@evil.example",
          // broken escapes
          "https://example.org/100%",
          "https://example.org/%zz",
          "https://example.org/%4",
          // mailto without an address
          "mailto:",
          "mailto://example.org",
          "MAILTO:",
          // other tricks
          ":https://example.org",
          "1https://example.org",
          "+https://example.org",
          "https\\://example.org",
          "https;//example.org",
          "http%3A//example.org",
          "\u0130https://example.org",
          "ｊａｖａｓｃｒｉｐｔ:alert(1)",
          "javascript\u3000:alert(1)");

  static final List<String> ALLOWED =
      List.of(
          "https://example.org",
          "https://example.org/",
          "http://example.org/a/b?c=d&e=f#g",
          "HTTPS://EXAMPLE.ORG/",
          "HtTp://example.org",
          "https://example.org:8443/x",
          "https://[2001:db8::1]/",
          "https://例え.jp/パス",
          "https://example.org/a%20b",
          "https://example.org/?q=a:b",
          "mailto:someone@example.org",
          "MAILTO:someone@example.org?subject=Hello");

  static Stream<String> refused() {
    return REFUSED.stream();
  }

  static Stream<String> allowed() {
    return ALLOWED.stream();
  }

  @Test
  void theTableIsLargeAndDistinct() {
    assertThat(REFUSED).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("refused")
  void refuses(String url) {
    assertThat(UrlPolicy.allows(url)).as("%s", url.replace("\u0000", "\\0")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("allowed")
  void allows(String url) {
    assertThat(UrlPolicy.allows(url)).as(url).isTrue();
  }

  @Test
  void uriFormChecksTheSameString() {
    assertThat(UrlPolicy.href(URI.create("https://example.org/x"))).contains("https://example.org/x");
    assertThat(UrlPolicy.href(URI.create("javascript:alert(1)"))).isEmpty();
    assertThat(UrlPolicy.href(URI.create("//example.org/x"))).isEmpty();
  }
}
