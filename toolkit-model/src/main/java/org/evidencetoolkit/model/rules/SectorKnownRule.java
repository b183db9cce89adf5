package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Sector;

/**
 * {@code sector.known}: every sector code is declared (built in, or declared by the toolkit being
 * validated), and none is listed twice. Sectors may be empty: not every publisher names them.
 */
final class SectorKnownRule extends DefaultContentRule {
  static final String ID = "sector.known";

  SectorKnownRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    List<String> codes = intervention.sectors().stream().map(Sector::code).toList();
    List<String> known = context.knownSectors().stream().map(Sector::code).toList();
    List<Integer> repeats = Vocabulary.repeats(codes);
    for (int n = 0; n < codes.size(); n++) {
      String code = codes.get(n);
      if (!context.knowsSector(code)) {
        found.add(violation("/sectors/" + n, Vocabulary.unknown("sector", code, known)));
      } else if (repeats.contains(n)) {
        found.add(violation("/sectors/" + n, Vocabulary.repeated("sector", code)));
      }
    }
  }
}
