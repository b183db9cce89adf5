package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

/**
 * Each CSV row carries its measure's outcome and unit, right after the estimate, resolved through
 * the toolkit's profile.
 */
@SuppressWarnings("StringConcatToTextBlock") // the CRLF line ends are part of what is compared
class HeadlineCsvMeasuresTest {
  static String csv(Toolkit toolkit) throws IOException {
    StringBuilder out = new StringBuilder();
    HeadlineCsv.write(toolkit, out);
    return out.toString();
  }

  @Test
  void theRatingsMeasureOrTheProfilesFirstGivesOutcomeAndUnit() throws IOException {
    assertThat(csv(Samples.learning())).isEqualTo(
        "id,title,band,estimate,outcome,unit,evidence,cost,preventionTypes,settings,sectors\r\n"
            + "reading-circles,Reading circles,moderate,3,attainment,months,3,1,,school-and-college,\r\n"
            + "breakfast-clubs,Breakfast clubs,low,1.5,attendance,percentage-points,2,2,,"
            + "school-and-college,\r\n"
            + "setting-by-attainment,Setting by attainment,harmful,-1,attainment,months,3,1,,"
            + "school-and-college,\r\n");
  }

  @Test
  void theBuiltInProfilesSecondMeasureIsNamedByTheRating() throws IOException {
    Intervention deterrence = Intervention.builder().id("focused-deterrence")
        .title("Focused deterrence")
        .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("33"), "crime")).build();
    assertThat(csv(Toolkit.builder().title("T").addIntervention(deterrence).build()))
        .endsWith("\r\nfocused-deterrence,Focused deterrence,high,33,crime,percent,not-rated,?,,,\r\n");
  }

  @Test
  void aMeasureTheProfileDoesNotDeclareLeavesOutcomeAndUnitEmpty() throws IOException {
    Intervention unknown = Intervention.builder().id("x").title("X")
        .impact(ImpactRating.of(ImpactBand.LOW, new BigDecimal("3"), "violence")).build();
    // the learning profile declares attainment and attendance, not violence
    Toolkit toolkit = Toolkit.builder().title("T").profile(Samples.learningProfile())
        .addIntervention(unknown).build();
    assertThat(csv(toolkit)).endsWith("\r\nx,X,low,3,,,not-rated,?,,,\r\n");
  }
}
