package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link LinkPolicy}'s one-pass character check (ASCII by bit masks, the first bad percent escape
 * kept until no forbidden character is found) gives exactly the refusal, reason and index, of the
 * reference: the policy as written before, a code point at a time and then a second scan for
 * escapes. Over addresses built from the pieces that matter to each check.
 */
class LinkPolicyFastPathTest {
  /**
   * Pieces of addresses: schemes, separators, hosts, ports, escapes good and bad, every ASCII
   * character the policy refuses, and non-ASCII letters, spaces, format characters, private-use
   * and unassigned code points, pairs and lone surrogates.
   */
  private static final List<String> PIECES = List.of(
      "https:", "http:", "HTTPS:", "mailto:", "ftp:", "javascript:", "a+b.c-d:", "1x:", ":",
      "//", "/", "?", "#", "@", "[", "]", "::1", "example.org", "ex-ample", ".", "-", "münchen",
      "例え", ":8080", ":123456", ":x", "%", "%4", "%41", "%C3%A9", "%zz", "%4g", "a", "Z", "9",
      "user", "q=caf%C3%A9", " ", "\t", "\n", "\u0000", "\u001F", "\"", "<", ">", "\\", "`",
      "\u007F", "\u0080", "\u009F", "\u00A0", "é", "\u2028", "\u3000", "\u200B", "\u202E",
      "\uFEFF", "\uE000", "\u0378", "\uD83D\uDE42", "\uD800", "\uDC00", "\uDBFF\uDFFF", "~", "!",
      "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "{", "}", "|", "^");

  private static Gen<String> addresses() {
    Gen<String> piece = SourceDSL.integers().between(0, PIECES.size() - 1).map(PIECES::get);
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 12).map(list -> String.join("", list));
  }

  @Test
  void refusesExactlyAsTheReferenceDoes() {
    qt().withExamples(50_000).forAll(addresses()).checkAssert(address -> {
      Optional<LinkPolicy.Refusal> expected =
          Optional.ofNullable(ReferenceLinkPolicy.verdict(address));
      assertThat(LinkPolicy.refusal(address)).as("%s", address).isEqualTo(expected);
      assertThat(LinkPolicy.allows(address)).isEqualTo(expected.isEmpty());
    });
  }

  @Test
  void refusesExactlyAsTheReferenceDoesOnWellFormedAddresses() {
    // Mostly allowed addresses, with one piece spliced in, so the later checks are reached too.
    Gen<String> spliced = SourceDSL.integers().between(0, PIECES.size() - 1)
        .zip(SourceDSL.integers().between(0, 40), (i, at) -> {
          String base = "https://example.org:8080/a/b?q=caf%C3%A9&x=1#top";
          int cut = Math.min(at, base.length());
          return base.substring(0, cut) + PIECES.get(i) + base.substring(cut);
        });
    qt().withExamples(20_000).forAll(spliced).checkAssert(address ->
        assertThat(LinkPolicy.refusal(address)).as("%s", address)
            .isEqualTo(Optional.ofNullable(ReferenceLinkPolicy.verdict(address))));
  }

  @Test
  void everyAsciiCharacterIsJudgedAsBefore() {
    for (char c = 0; c < 0x100; c++) {
      for (String address : List.of("https://example.org/" + c, c + "https://x.org", "mailto:a" + c + "@b")) {
        assertThat(LinkPolicy.refusal(address)).as("U+%04X in %s", (int) c, address)
            .isEqualTo(Optional.ofNullable(ReferenceLinkPolicy.verdict(address)));
      }
    }
  }
}
