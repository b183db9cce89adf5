package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Setting;

/**
 * {@code setting.present}: at least one setting, unless the entry is {@linkplain
 * Intervention#headlineOnly() headline-only}; none listed twice (settings are equal by code).
 * Whether each code is declared is {@code setting.known}.
 */
final class SettingPresentRule extends DefaultContentRule {
  static final String ID = "setting.present";

  SettingPresentRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    List<String> codes = intervention.settings().stream().map(Setting::code).toList();
    if (codes.isEmpty()) {
      if (intervention.headlineOnly()) {
        return;
      }
      found.add(
          violation(
              "/settings",
              "No setting is given; say where the approach is delivered, e.g. \"community\"."));
      return;
    }
    for (int n : Vocabulary.repeats(codes)) {
      found.add(violation("/settings/" + n, Vocabulary.repeated("setting", codes.get(n))));
    }
  }
}
