package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.Setting;

/**
 * {@code setting.known}: every setting code is declared: built in, or declared by the toolkit being
 * validated. An intervention validated on its own knows only the built-in settings. Across a
 * toolkit, every code the toolkit declares is a slug, so that the code is matched the same way by
 * a query, the command line and the site's filter (which separates codes by spaces).
 */
final class SettingKnownRule extends DefaultContentRule {
  static final String ID = RuleIds.SETTING_KNOWN;

  SettingKnownRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    List<Setting> settings = intervention.settings();
    for (int n = 0; n < settings.size(); n++) {
      String code = settings.get(n).code();
      if (!context.knowsSetting(code)) {
        List<String> known = context.knownSettings().stream().map(Setting::code).toList();
        found.add(violation("/settings/" + n, Vocabulary.unknown("setting", code, known)));
      }
    }
  }

  /** Every code the toolkit declares is a slug, reported at the declaration's {@code code}. */
  @Override
  void findInToolkit(Toolkit toolkit, RuleContext context, List<Violation> found) {
    List<Setting> declared = toolkit.settings();
    for (int n = 0; n < declared.size(); n++) {
      String code = declared.get(n).code();
      if (!Slugs.isSlug(code)) {
        found.add(violation("/settings/" + n + "/code", Vocabulary.notSlug("setting", code)));
      }
    }
  }
}
