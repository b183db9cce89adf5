package org.evidencetoolkit.model.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/**
 * {@code toolkit.unique-ids}: no two interventions of a toolkit share an id (compared exactly, as
 * {@link Toolkit#find(String)} does). Each repeat is reported at its own {@code
 * /interventions/N/id}; the first holder keeps the id.
 */
final class ToolkitUniqueIdsRule extends DefaultContentRule {
  static final String ID = RuleIds.TOOLKIT_UNIQUE_IDS;

  ToolkitUniqueIdsRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void findInToolkit(Toolkit toolkit, RuleContext context, List<Violation> found) {
    List<Intervention> interventions = toolkit.interventions();
    Map<String, Integer> firstById = new HashMap<>();
    for (int n = 0; n < interventions.size(); n++) {
      String id = interventions.get(n).id();
      Integer first = firstById.putIfAbsent(id, n);
      if (first != null) {
        found.add(
            violation(
                "/interventions/" + n + "/id",
                id,
                "The id "
                    + Wording.quote(id)
                    + " is already used by intervention "
                    + (first + 1)
                    + ", "
                    + Wording.quote(interventions.get(first).title())
                    + "; give each intervention its own id."));
      }
    }
  }
}
