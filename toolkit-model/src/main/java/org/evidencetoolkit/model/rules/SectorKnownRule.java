package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.Sector;

/**
 * {@code sector.known}: every sector code is declared (built in, or declared by the toolkit being
 * validated), and none is listed twice. Sectors may be empty: not every publisher names them.
 * Across a toolkit, every code the toolkit declares is a slug, as for {@code setting.known}.
 */
final class SectorKnownRule extends DefaultContentRule {
  static final String ID = RuleIds.SECTOR_KNOWN;

  SectorKnownRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    List<Sector> sectors = intervention.sectors();
    Vocabulary.Repeats repeats = new Vocabulary.Repeats(sectors.size());
    for (int n = 0; n < sectors.size(); n++) {
      String code = sectors.get(n).code();
      boolean repeat = repeats.isRepeat(code);
      if (!context.knowsSector(code)) {
        List<String> known = context.knownSectors().stream().map(Sector::code).toList();
        found.add(violation("/sectors/" + n, Vocabulary.unknown("sector", code, known)));
      } else if (repeat) {
        found.add(violation("/sectors/" + n, Vocabulary.repeated("sector", code)));
      }
    }
  }

  /** Every code the toolkit declares is a slug, reported at the declaration's {@code code}. */
  @Override
  void findInToolkit(Toolkit toolkit, RuleContext context, List<Violation> found) {
    List<Sector> declared = toolkit.sectors();
    for (int n = 0; n < declared.size(); n++) {
      String code = declared.get(n).code();
      if (!Slugs.isSlug(code)) {
        found.add(violation("/sectors/" + n + "/code", Vocabulary.notSlug("sector", code)));
      }
    }
  }
}
