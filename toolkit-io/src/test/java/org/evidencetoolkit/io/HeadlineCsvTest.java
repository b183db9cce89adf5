package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and formula-injection defusing in the headline CSV. */
class HeadlineCsvTest {
  static String csv(Intervention... interventions) throws IOException {
    StringBuilder out = new StringBuilder();
    HeadlineCsv.write(Toolkit.builder().title("T").addInterventions(interventions).build(), out);
    return out.toString();
  }

  static Intervention titled(String title) {
    return Intervention.builder().id("x").title(title)
        .impact(ImpactRating.of(ImpactBand.HARMFUL, new BigDecimal("-3.50"))).build();
  }

  @Test
  @SuppressWarnings("StringConcatToTextBlock") // the CRLF line ends are what is tested
  void quotesCommasQuotesAndLineBreaksAndEndsLinesWithCrLf() throws IOException {
    assertThat(csv(titled("Say \"no\", then\nleave")))
        .isEqualTo("id,title,band,estimate,outcome,unit,evidence,cost,preventionTypes,settings,"
            + "sectors\r\n"
            + "x,\"Say \"\"no\"\", then\nleave\",harmful,-3.5,violence,percent,not-rated,?,,,\r\n");
  }

  @Test
  void defusesCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
    for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
      String csv = csv(titled(formula));
      assertThat(csv).as(formula).contains("'" + formula)
          .doesNotContain("," + formula + ",").doesNotContain(",\"" + formula + "\",");
    }
  }

  @Test
  void formulasBehindControlCharactersAndWhiteSpaceAreDefusedToo() throws IOException {
    for (String formula : new String[] {"\u0000=1+1", "\u0000\u0000+1", " =1+1", "  -1",
        "\u00A0@SUM(A1)", "\u3000=1", "\u200B=1", "\uFEFF=1", "\u202E=1", "\u0001 \u0002-2",
        "\n=1", "\u000B=1", "\u0085=1", "\u001B@x"}) {
      String csv = csv(titled(formula));
      String row = csv.substring(csv.indexOf("\r\n") + 2);
      assertThat(row).as(formula.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList()
          .toString()).matches("(?s)x,\"?'\\Q" + formula + "\\E\"?,harmful,.*");
    }
  }

  @Test
  void textThatOnlyContainsFormulaCharactersLaterIsLeftAlone() throws IOException {
    for (String text : new String[] {"a=1", " a-b", "\u0000a+b", "Mentoring @ school", ""}) {
      String csv = csv(titled(text));
      assertThat(csv).as(text).doesNotContain("'");
    }
  }

  @Test
  void negativeEstimatesStayNumbers() throws IOException {
    assertThat(csv(titled("t"))).contains(",harmful,-3.5,");
  }
}
