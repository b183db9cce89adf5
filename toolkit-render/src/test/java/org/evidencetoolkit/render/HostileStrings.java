package org.evidencetoolkit.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Big List of Naughty Strings plus markup, attribute breakers and {@code javascript:} variants. */
final class HostileStrings {
  static final List<String> MARKUP =
      List.of(
          "<script>alert(1)</script>",
          "<SCRIPT SRC=//example.org/x.js></SCRIPT>",
          "<img src=x onerror=alert(1)>",
          "<svg/onload=alert(1)>",
          "<iframe src=\"javascript:alert(1)\"></iframe>",
          "<style>body{display:none}</style>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "</p></article><script>alert(1)</script>",
          "<!--",
          "-->",
          "<![CDATA[<script>]]>",
          "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
          "<object data=\"javascript:alert(1)\">",
          "<base href=\"https://evil.example/\">",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
          "<textarea>",
          "<plaintext>",
          "</title><script>alert(1)</script>",
          "</style><script>alert(1)</script>",
          "<template><script>alert(1)</script></template>");

  static final List<String> ATTRIBUTE_BREAKERS =
      List.of(
          "\" onmouseover=\"alert(1)",
          "' onmouseover='alert(1)",
          "\"><script>alert(1)</script>",
          "'><script>alert(1)</script>",
          "` onmouseover=alert(1)",
          "\" autofocus onfocus=\"alert(1)",
          "\u0000\" onerror=\"alert(1)",
          "&quot; onmouseover=&quot;alert(1)",
          "&#34; onmouseover=&#34;alert(1)",
          "\" style=\"background:url(javascript:alert(1))",
          "x\" data-x=\"",
          "=\"\"",
          "\"/><img src=x onerror=alert(1)>");

  static final List<String> JAVASCRIPT =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "javascript&colon;alert(1)",
          "javascript&#58;alert(1)",
          "&#106;avascript:alert(1)",
          "java\tscript:alert(1)",
          "java\nscript:alert(1)",
          "java\u0000script:alert(1)",
          " javascript:alert(1)",
          "vbscript:msgbox(1)",
          "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E",
          "javascript://example.org/%0aalert(1)");

  private HostileStrings() {}

  /** Every hostile string, without duplicates, in a fixed order. */
  static List<String> all() {
    Set<String> all = new LinkedHashSet<>(blns());
    all.addAll(MARKUP);
    all.addAll(ATTRIBUTE_BREAKERS);
    all.addAll(JAVASCRIPT);
    return List.copyOf(all);
  }

  /** The Big List of Naughty Strings, decoded from its base64 form. */
  static List<String> blns() {
    try (InputStream in = HostileStrings.class.getResourceAsStream("/blns/blns.base64.json")) {
      if (in == null) {
        throw new IllegalStateException("blns.base64.json is missing from the test resources");
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      Matcher m = Pattern.compile("\"([A-Za-z0-9+/=]*)\"").matcher(json);
      while (m.find()) {
        out.add(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
