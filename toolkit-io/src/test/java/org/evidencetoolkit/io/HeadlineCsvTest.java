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
  void negativeEstimatesStayNumbers() throws IOException {
    assertThat(csv(titled("t"))).contains(",harmful,-3.5,");
  }
}
