package org.evidencetoolkit.model.rules;

import java.util.List;

/** The default rules of the specification (SPEC §5 and §11), in the order they run. */
final class DefaultRules {
  private DefaultRules() {}

  static List<ContentRule> all() {
    return List.of(
        new IdFormatRule(),
        new TextPresentRule(),
        new TextLengthRule(),
        new TextCleanRule(),
        new EstimateMatchesBandRule(),
        new InsufficientHasNoEstimateRule(),
        new EvidenceNotRatedRule(),
        new HighOnWeakEvidenceRule(),
        new MeasureKnownRule(),
        new PreventionPresentRule(),
        new SettingPresentRule(),
        new SettingKnownRule(),
        new SectorKnownRule(),
        new SectionKnownRule(),
        new TipsUniqueRule(),
        new LinkSchemeRule(),
        new ResourceDuplicateRule(),
        new ToolkitUniqueIdsRule(),
        new ToolkitRelatedResolvesRule());
  }
}
