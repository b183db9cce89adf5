package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.evidencetoolkit.cli.SampleToolkit;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.InterventionDocument;
import org.evidencetoolkit.io.SourceLocation;
import org.evidencetoolkit.io.ToolkitDocument;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.rules.ContentRule;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.ValidationReport;
import org.evidencetoolkit.model.rules.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toolkit validate}: reads every document it is given, runs the content rules, and prints
 * one diagnostic line per problem on standard output.
 */
@Command(
    name = "validate",
    sortOptions = false,
    description = {
      "Check documents: first that they read (syntax, fields, types, Markdown), then the content",
      "rules. Prints one line per problem on standard output:",
      "  file:line:col: severity: [rule-id] message (pointer)",
      "Folders are searched for .json, .yaml and .yml files; a folder with toolkit.yaml or",
      "toolkit.json is read as one toolkit. With no PATH, checks the bundled sample.",
      "",
      "Examples:",
      "  toolkit validate content/",
      "  toolkit validate mentoring.yaml focused-deterrence.json --strict",
      "  toolkit validate content/ --skip text.length --warn link.scheme",
      "  toolkit validate reading-circles.yaml --profile content/toolkit.yaml"
    })
final class ValidateCommand extends BaseCommand {
  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Files or folders to check (default: the bundled sample).")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
  private boolean strict;

  @Option(
      names = "--skip",
      paramLabel = "RULE-ID",
      split = ",",
      description = "Leave out a content rule (repeatable, or comma-separated).")
  private List<String> skip = new ArrayList<>();

  @Option(
      names = "--warn",
      paramLabel = "RULE-ID",
      split = ",",
      description = "Report a content rule's findings as warnings, not errors.")
  private List<String> warn = new ArrayList<>();

  @Mixin private ProfileOption profile = new ProfileOption();

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int documents;
  private boolean couldNotRead;

  @Override
  public Integer call() {
    ContentRules rules = rules(ContentRules.defaults(), skip, warn);
    ToolkitReader reader = ToolkitReader.defaults();
    Optional<Path> profileFile = profile.file();
    ContentRules interventionRules = rules;
    if (profileFile.isPresent()) {
      // Intervention documents are judged under this profile; a toolkit under its own. A profile
      // that does not read is reported like any document, and nothing is judged under it.
      try {
        interventionRules = rules.withProfile(new Inputs(reader).profile(profileFile));
      } catch (ToolkitFormatException e) {
        documents++;
        diagnostics.addAll(Diagnostics.of(e));
        return finish();
      } catch (IOException e) {
        note(Cli.describe(e));
        return ExitCodes.USAGE_OR_IO;
      }
    }
    if (paths.isEmpty()) {
      validateSample(reader, rules);
    }
    for (Path path : paths) {
      List<Diagnostic> found = new ArrayList<>();
      try {
        for (Target target : targets(path)) {
          found.addAll(validate(reader, rules, interventionRules, target));
        }
      } catch (IOException e) {
        note(Cli.describe(e));
        couldNotRead = true;
      }
      found.sort(Diagnostic.BY_PLACE);
      diagnostics.addAll(found);
    }
    return finish();
  }

  /** Prints every diagnostic and the summary, and gives the exit code. */
  private int finish() {
    boolean colour = root().colourOut();
    for (Diagnostic d : diagnostics) {
      out().println(d.format(colour));
    }
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.size() - errors;
    note(
        Diagnostics.count((int) errors, "error") + ", " + Diagnostics.count((int) warnings, "warning")
            + " in " + Diagnostics.count(documents, "document"));
    if (couldNotRead) {
      return ExitCodes.USAGE_OR_IO;
    }
    return errors > 0 || (strict && warnings > 0) ? ExitCodes.CONTENT : ExitCodes.OK;
  }

  private void validateSample(ToolkitReader reader, ContentRules rules) {
    note("checking the bundled sample");
    ToolkitDocument document =
        reader.readToolkitDocument(
            SampleToolkit.yaml(), DocumentFormat.YAML, SampleToolkit.SOURCE_NAME);
    documents++;
    List<Diagnostic> found = new ArrayList<>();
    for (Violation v : rules.validate(document.toolkit()).violations()) {
      found.add(diagnostic(SampleToolkit.SOURCE_NAME, document.locate(v), asSet(v)));
    }
    found.sort(Diagnostic.BY_PLACE);
    diagnostics.addAll(found);
  }

  /** One thing to read: a toolkit folder, or one file. */
  private record Target(Path path, boolean toolkitFolder) {}

  /** The documents under a path: itself, or every document file in a folder, in name order. */
  private static List<Target> targets(Path path) throws IOException {
    List<Target> targets = new ArrayList<>();
    collect(path, targets, true);
    return targets;
  }

  private static void collect(Path path, List<Target> into, boolean named) throws IOException {
    if (!Files.isDirectory(path)) {
      if (named || isDocument(path)) {
        // A path the user named is read whatever its name. Reading its attributes fails with the
        // real reason (missing, a link that loops, no permission) and the path's name.
        Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
        into.add(new Target(path, false));
      }
      return;
    }
    if (Files.exists(path.resolve("toolkit.yaml")) || Files.exists(path.resolve("toolkit.json"))) {
      into.add(new Target(path, true));
      return;
    }
    List<Path> children;
    try (Stream<Path> list = Files.list(path)) {
      children = list.sorted().toList();
    }
    for (Path child : children) {
      Path name = child.getFileName();
      if (name != null && !name.toString().startsWith(".")) {
        collect(child, into, false);
      }
    }
  }

  private static boolean isDocument(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * The diagnostics of one target: a toolkit judged by {@code toolkitRules} under its own profile,
   * an intervention document by {@code interventionRules} (under {@code --profile}'s, if given).
   */
  private List<Diagnostic> validate(
      ToolkitReader reader, ContentRules toolkitRules, ContentRules interventionRules, Target target)
      throws IOException {
    documents++;
    List<Diagnostic> found = new ArrayList<>();
    String source = target.path().toString();
    try {
      if (target.toolkitFolder() || DocumentKind.of(target.path()) == DocumentKind.TOOLKIT_FILE) {
        ToolkitDocument document = reader.readToolkitDocument(target.path());
        ValidationReport report = toolkitRules.validate(document.toolkit());
        for (Violation v : report.violations()) {
          Diagnostic d = diagnostic(source, document.locate(v), asSet(v));
          found.add(document.isFolder() ? relativeToFile(d, document.source()) : d);
        }
      } else {
        InterventionDocument document = reader.readInterventionDocument(target.path());
        for (Violation v : interventionRules.validate(document.intervention()).violations()) {
          found.add(diagnostic(source, document.locate(v), asSet(v)));
        }
      }
    } catch (ToolkitFormatException e) {
      found.addAll(Diagnostics.of(e));
    }
    return found;
  }

  private static final java.util.regex.Pattern IN_INTERVENTION =
      java.util.regex.Pattern.compile("^/interventions/\\d+(/.*)?$");

  /**
   * In a toolkit folder each intervention has its own file, so a pointer into it is given from
   * that file's root ({@code /settings/0}) rather than the toolkit's ({@code
   * /interventions/3/settings/0}).
   */
  private static Diagnostic relativeToFile(Diagnostic d, String toolkitSource) {
    java.util.regex.Matcher m = IN_INTERVENTION.matcher(d.pointer());
    if (d.source().equals(toolkitSource) || !m.matches()) {
      return d;
    }
    String rest = m.group(1);
    return new Diagnostic(d.source(), d.line(), d.column(), d.severity(), d.ruleId(), d.message(),
        rest == null ? "" : rest);
  }

  private static Diagnostic diagnostic(
      String fallbackSource, Optional<SourceLocation> location, Violation v) {
    String source = location.map(SourceLocation::source).orElse(fallbackSource);
    int line = location.map(SourceLocation::line).orElse(1);
    int column = location.map(SourceLocation::column).orElse(1);
    return new Diagnostic(source, line, column, v.severity(), v.ruleId(), v.message(), v.path());
  }

  /**
   * The default rules less {@code skip}. The rules {@code warn} names are reported as warnings by
   * {@link #asSet}, after the profile's rule settings: what the command line says wins over what
   * the content says, as an application's code does.
   */
  static ContentRules rules(ContentRules base, List<String> skip, List<String> warn) {
    Set<String> unknown = new LinkedHashSet<>();
    for (String id : concat(skip, warn)) {
      if (base.rule(id).isEmpty()) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw CliException.usage(
          "unknown rule id " + String.join(", ", unknown) + "; the rules are: "
              + String.join(", ", base.rules().stream().map(ContentRule::id).toList()));
    }
    return base.without(skip.toArray(String[]::new));
  }

  /** A violation with the severity the command line sets: a warning if {@code --warn} names it. */
  private Violation asSet(Violation v) {
    if (v.severity() == Severity.WARNING || !warn.contains(v.ruleId())) {
      return v;
    }
    return Violation.builder().from(v).severity(Severity.WARNING).build();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
