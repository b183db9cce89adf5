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
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code toolkit list}: query a toolkit and print the matches as an aligned table. */
@Command(
    name = "list",
    sortOptions = false,
    description = {
      "List a toolkit's interventions as a table, filtered and sorted. Filters combine: an",
      "intervention must pass every one given. Unrated evidence or cost never passes",
      "--min-evidence or --max-cost, because nothing is known to meet the bar.",
      "",
      "Examples:",
      "  toolkit list --sort impact",
      "  toolkit list --band high --prevention-type secondary",
      "  toolkit list content/ --min-evidence moderate --max-cost 2 --wide"
    })
final class ListCommand extends BaseCommand {
  @Mixin private ContentPath path = new ContentPath();

  @Option(
      names = "--prevention-type",
      paramLabel = "TYPE",
      converter = Converters.Prevention.class,
      completionCandidates = Converters.Prevention.class,
      description = "primary, secondary or tertiary.")
  private @Nullable PreventionType preventionType;

  @Option(names = "--setting", paramLabel = "CODE", description = "A setting code, e.g. community.")
  private @Nullable String setting;

  @Option(names = "--sector", paramLabel = "CODE", description = "A sector code, e.g. education.")
  private @Nullable String sector;

  @Option(
      names = "--band",
      paramLabel = "BAND",
      converter = Converters.Band.class,
      completionCandidates = Converters.Band.class,
      description = "harmful, no-effect, insufficient-evidence, low, moderate or high.")
  private @Nullable ImpactBand band;

  @Option(
      names = "--min-evidence",
      paramLabel = "LEVEL",
      converter = Converters.Evidence.class,
      description = "Evidence rated at least this: 1-5 or very-low ... very-high.")
  private @Nullable EvidenceRating minEvidence;

  @Option(
      names = "--max-cost",
      paramLabel = "LEVEL",
      converter = Converters.Cost.class,
      description = "Cost rated at most this: 1-5 or very-low ... very-high.")
  private @Nullable CostRating maxCost;

  @Option(
      names = "--text",
      paramLabel = "TEXT",
      description = "Mentions this text (any case) in its title, summary, sections or tips.")
  private @Nullable String text;

  @Option(
      names = "--sort",
      paramLabel = "KEY",
      converter = Converters.Sort.class,
      completionCandidates = Converters.Sort.class,
      description = {
        "impact (most effective first), evidence (most secure first), cost (cheapest first)",
        "or title; unrated last. Default: the toolkit's own order."
      })
  private @Nullable SortKey sort;

  @Option(
      names = "--wide",
      description = "Add the title, prevention types, settings and sectors.")
  private boolean wide;

  @Option(
      names = "--csv",
      description = "Print the headline table as CSV instead of an aligned table.")
  private boolean csv;

  @Mixin private ProfileOption profile = new ProfileOption();

  @Override
  public Integer call() throws IOException {
    Toolkit toolkit = path.read(inputs(), profile).asToolkit();
    checkKnown(toolkit);
    List<Intervention> hits = toolkit.query(query());
    if (csv) {
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
    Optional.ofNullable(preventionType).ifPresent(q::preventionType);
    Optional.ofNullable(setting).ifPresent(q::setting);
    Optional.ofNullable(sector).ifPresent(q::sector);
    Optional.ofNullable(band).ifPresent(q::band);
    Optional.ofNullable(minEvidence).ifPresent(q::minEvidence);
    Optional.ofNullable(maxCost).ifPresent(q::maxCost);
    Optional.ofNullable(text).ifPresent(q::text);
    Optional.ofNullable(sort).ifPresent(q::sortBy);
    return q.build();
  }

  /** A misspelt code would silently match nothing; say so instead. */
  private void checkKnown(Toolkit toolkit) {
    String s = setting;
    if (s != null && toolkit.knownSettings().stream().noneMatch(k -> k.code().equals(s))) {
      throw CliException.usage(
          "unknown setting '" + s + "'; this toolkit knows: "
              + String.join(", ", toolkit.knownSettings().stream().map(Setting::code).toList()));
    }
    String c = sector;
    if (c != null && toolkit.knownSectors().stream().noneMatch(k -> k.code().equals(c))) {
      throw CliException.usage(
          "unknown sector '" + c + "'; this toolkit knows: "
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
    if (wide) {
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
      if (wide) {
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
