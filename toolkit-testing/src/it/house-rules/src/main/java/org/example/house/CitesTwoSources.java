package org.example.house;

import java.util.List;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.rules.ContentRule;
import org.evidencetoolkit.model.rules.RuleContext;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;

/** House rule: every high-impact strand cites at least two resources with an address. */
public final class CitesTwoSources implements ContentRule {
  public static final String ID = "house.high-impact-cites-two";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Violation> check(Intervention intervention, RuleContext context) {
    long cited = intervention.resources().stream().filter(r -> r.url().isPresent()).count();
    if (intervention.impact().band() == ImpactBand.HIGH && cited < 2) {
      return List.of(
          Violation.of(
              this,
              "/resources",
              "A high-impact strand cites at least two sources with an address; this one cites "
                  + cited
                  + "."));
    }
    return List.of();
  }
}
