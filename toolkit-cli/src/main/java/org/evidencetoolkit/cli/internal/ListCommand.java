package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.io.HeadlineCsv;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.SortKey;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.ToolkitQuery;
import org.evidencetoolkit.render.TextTable;
import org.evidencetoolkit.render.labels.Labels;
import picocli.CommandLine.Model.OptionSpec;

/** {@code toolkit list}: query a toolkit and print the matches as an aligned table. */
final class ListCommand extends BaseCommand {
  private final ContentPath path = new ContentPath(spec);

  private final OptionSpec preventionType = add(OptionSpec.builder("--prevention-type")
      .paramLabel("TYPE")
      .type(PreventionType.class)
      .converters(new Converters.Prevention())
      .completionCandidates(new Converters.Prevention())
      .description("primary, secondary or tertiary.")
      .build());

  private final OptionSpec setting = add(code("--setting", "A setting code, e.g. community."));

  private final OptionSpec sector = add(code("--sector", "A sector code, e.g. education."));

  private final OptionSpec band = add(OptionSpec.builder("--band")
      .paramLabel("BAND")
      .type(ImpactBand.class)
      .converters(new Converters.Band())
      .completionCandidates(new Converters.Band())
      .description("harmful, no-effect, insufficient-evidence, low, moderate or high.")
      .build());

  private final OptionSpec minEvidence = add(OptionSpec.builder("--min-evidence")
      .paramLabel("LEVEL")
      .type(EvidenceRating.class)
      .converters(new Converters.Evidence())
      .description("Evidence rated at least this: 1-5 or very-low ... very-high.")
      .build());

  private final OptionSpec maxCost = add(OptionSpec.builder("--max-cost")
      .paramLabel("LEVEL")
      .type(CostRating.class)
      .converters(new Converters.Cost())
      .description("Cost rated at most this: 1-5 or very-low ... very-high.")
      .build());

  private final OptionSpec text = add(OptionSpec.builder("--text")
      .paramLabel("TEXT")
      .type(String.class)
      .description("Mentions this text (any case) in its title, summary, sections or tips.")
      .build());

  private final OptionSpec sort = add(OptionSpec.builder("--sort")
      .paramLabel("KEY")
      .type(SortKey.class)
      .converters(new Converters.Sort())
      .completionCandidates(new Converters.Sort())
      .description(
          "impact (most effective first), evidence (most secure first), cost (cheapest first)",
          "or title; unrated last. Default: the toolkit's own order.")
      .build());

  private final OptionSpec wide =
      add(flag("--wide", "Add the title, prevention types, settings and sectors."));

  private final OptionSpec csv =
      add(flag("--csv", "Print the headline table as CSV instead of an aligned table."));

  private final ProfileOption profile = new ProfileOption(spec);

  ListCommand() {
    super(
        "list",
        "List a toolkit's interventions as a table, filtered and sorted. Filters combine: an",
        "intervention must pass every one given. Unrated evidence or cost never passes",
        "--min-evidence or --max-cost, because nothing is known to meet the bar.",
        "",
        "Examples:",
        "  toolkit list --sort impact",
        "  toolkit list --band high --prevention-type secondary",
        "  toolkit list content/ --min-evidence moderate --max-cost 2 --wide");
  }

  private static OptionSpec code(String name, String description) {
    return OptionSpec.builder(name).paramLabel("CODE").type(String.class).description(description).build();
  }

  @Override
  public Integer call() throws IOException {
    Toolkit toolkit = path.read(inputs(), profile).asToolkit();
    checkKnown(toolkit);
    List<Intervention> hits = toolkit.query(query());
    if (isSet(csv)) {
      HeadlineCsv.write(
          Toolkit.builder().from(toolkit).interventions(hits).build(), out());
      return ExitCodes.OK;
    }
    if (hits.isEmpty()) {
      note("no intervention matches (" + toolkit.interventions().size() + " in the toolkit)");
      return ExitCodes.OK;
    }
    TextTable table = table(hits, toolkit.profile());
    out().print(root().colourOut() ? table.format(Ansi.BOLD::wrap) : table.format());
    return ExitCodes.OK;
  }

  private ToolkitQuery query() {
    ToolkitQuery.Builder q = ToolkitQuery.builder();
    BaseCommand.<PreventionType>valueOf(preventionType).ifPresent(q::preventionType);
    BaseCommand.<String>valueOf(setting).ifPresent(q::setting);
    BaseCommand.<String>valueOf(sector).ifPresent(q::sector);
    BaseCommand.<ImpactBand>valueOf(band).ifPresent(q::band);
    BaseCommand.<EvidenceRating>valueOf(minEvidence).ifPresent(q::minEvidence);
    BaseCommand.<CostRating>valueOf(maxCost).ifPresent(q::maxCost);
    BaseCommand.<String>valueOf(text).ifPresent(q::text);
    BaseCommand.<SortKey>valueOf(sort).ifPresent(q::sortBy);
    return q.build();
  }

  /** A misspelt code would silently match nothing; say so instead. */
  private void checkKnown(Toolkit toolkit) {
    Optional<String> s = valueOf(setting);
    if (s.isPresent() && toolkit.knownSettings().stream().noneMatch(k -> k.code().equals(s.get()))) {
      throw CliException.usage(
          "unknown setting '" + s.get() + "'; this toolkit knows: "
              + String.join(", ", toolkit.knownSettings().stream().map(Setting::code).toList()));
    }
    Optional<String> c = valueOf(sector);
    if (c.isPresent() && toolkit.knownSectors().stream().noneMatch(k -> k.code().equals(c.get()))) {
      throw CliException.usage(
          "unknown sector '" + c.get() + "'; this toolkit knows: "
              + String.join(", ", toolkit.knownSectors().stream().map(Sector::code).toList()));
    }
  }

  /**
   * The table, in the profile's words: headings are the labels of the ratings (upper case, as
   * command-line tables have them), except {@code ID}, which names the format's {@code id} field
   * that {@code --id} and {@code --compare} take.
   */
  private TextTable table(List<Intervention> hits, Profile profile) {
    Labels labels = Labels.forProfile(profile);
    List<String> headings = new ArrayList<>(List.of("ID"));
    List<String> keys = new ArrayList<>(List.of("rating.impact", "rating.evidence", "rating.cost"));
    if (isSet(wide)) {
      keys.addAll(List.of("index.approach", "rating.prevention", "rating.setting", "rating.sector"));
    }
    for (String key : keys) {
      headings.add(labels.text(key).toUpperCase(labels.locale()));
    }
    TextTable table = new TextTable(headings);
    String separator = labels.text("list.separator");
    for (Intervention i : hits) {
      List<String> row = new ArrayList<>();
      row.add(i.id());
      row.add(labels.impact(i.impact(), profile));
      row.add(labels.evidence(i.evidence()));
      row.add(i.cost().isRated() ? labels.cost(i.cost()) : labels.text("cost.not-rated"));
      if (isSet(wide)) {
        row.add(i.title());
        row.add(String.join(separator, i.preventionTypes().stream().map(labels::preventionType).toList()));
        row.add(String.join(separator, i.settings().stream().map(labels::setting).toList()));
        row.add(String.join(separator, i.sectors().stream().map(labels::sector).toList()));
      }
      table.add(row);
    }
    return table;
  }
}
