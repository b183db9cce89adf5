package org.evidencetoolkit.cli.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencetoolkit.cli.SampleToolkit;
import org.evidencetoolkit.io.DocumentCheck;
import org.evidencetoolkit.io.FolderWalk;
import org.evidencetoolkit.io.LocatedViolation;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.SourceLocation;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.rules.ContentRule;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code toolkit validate}: reads every document it is given, runs the content rules, and prints
 * one diagnostic line per problem on standard output. Each document is checked in one run
 * ({@link ToolkitReader#check}): its format problems and the rule violations of whatever part of
 * it could be read. Folders are walked by {@link FolderWalk}; an entry it skips (a link out of the
 * folder or round a loop, a pipe, a device) is reported, the rest is checked, and the exit code is
 * then 2.
 */
final class ValidateCommand extends BaseCommand {
  private final PositionalParamSpec paths = add(PositionalParamSpec.builder()
      .index("0..*")
      .arity("0..*")
      .paramLabel("PATH")
      .type(List.class)
      .auxiliaryTypes(Path.class)
      .description(
          "Files or folders to check, - for standard input (default: the bundled sample).")
      .build());

  private final OptionSpec strict = add(flag("--strict", "Fail (exit 1) on warnings too."));

  private final OptionSpec skip = add(wordList("--skip", "RULE-ID",
      "Leave out a content rule (repeatable, or comma-separated)."));

  private final OptionSpec warn = add(wordList("--warn", "RULE-ID",
      "Report a content rule's findings as warnings, not errors."));

  private final ProfileOption profile = new ProfileOption(spec);

  ValidateCommand() {
    super(
        "validate",
        "Check documents: that they read (syntax, fields, types, Markdown) and the content rules,",
        "both in one run. Prints one line per problem on standard output:",
        "  file:line:col: severity: [rule-id] message (pointer)",
        "Folders are searched for .json, .yaml and .yml files; a folder with toolkit.yaml,",
        "toolkit.yml or toolkit.json is read as one toolkit. Links out of a folder or round a",
        "loop, pipes and devices are reported and skipped. - reads standard input. With no PATH,",
        "checks the bundled sample.",
        "",
        "Examples:",
        "  toolkit validate content/",
        "  toolkit validate mentoring.yaml focused-deterrence.json --strict",
        "  toolkit validate content/ --skip text.length --warn link.scheme",
        "  toolkit validate reading-circles.yaml --profile content/toolkit.yaml");
  }

  /** The rule ids {@code --warn} names, read once per run. */
  private List<String> warned = List.of();

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int documents;
  private boolean couldNotRead;

  @Override
  public Integer call() throws IOException {
    warned = valuesOf(warn);
    ContentRules rules = rules(ContentRules.defaults(), valuesOf(skip), warned);
    ToolkitReader reader = ToolkitReader.defaults();
    Optional<Path> profileFile = profile.file();
    ContentRules interventionRules = rules;
    if (profileFile.isPresent()) {
      // Intervention documents are judged under this profile; a toolkit under its own. A profile
      // that does not read is reported like any document, and nothing is judged under it.
      try {
        interventionRules = rules.withProfile(inputs().profile(profileFile));
      } catch (ToolkitFormatException e) {
        documents++;
        diagnostics.addAll(Diagnostics.of(e));
        return finish();
      } catch (IOException e) {
        note(Cli.describe(e));
        return ExitCodes.USAGE_OR_IO;
      }
    }
    List<Path> given = valuesOf(paths);
    if (given.isEmpty()) {
      note("checking the bundled sample");
      report(reader.check(
          Source.named(SampleToolkit.SOURCE_NAME).bytes(SampleToolkit.yaml().getBytes(UTF_8)),
          rules));
    }
    for (Path path : given) {
      if (Inputs.isStandardInput(path)) {
        report(reader.check(Source.named(Inputs.STANDARD_INPUT_NAME).stream(terminal().in()),
            rules, interventionRules));
      } else {
        validatePath(reader, rules, interventionRules, path);
      }
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
      note("some inputs could not be read (see above); everything else was checked");
      return ExitCodes.USAGE_OR_IO;
    }
    return errors > 0 || (isSet(strict) && warnings > 0) ? ExitCodes.CONTENT : ExitCodes.OK;
  }

  /**
   * A file, or every document under a folder (a toolkit folder as one toolkit). A toolkit is
   * judged by {@code rules} under its own profile, an intervention document by {@code
   * interventionRules} (under {@code --profile}'s, if given). Whatever cannot be read is reported
   * and counted, and the rest is still checked.
   */
  private void validatePath(
      ToolkitReader reader, ContentRules rules, ContentRules interventionRules, Path path) {
    List<Path> targets = new ArrayList<>();
    if (Files.isDirectory(path)) {
      FolderWalk walk;
      try {
        walk = FolderWalk.documents(path);
      } catch (IOException e) {
        cannotRead(e);
        return;
      }
      List<Diagnostic> skipped = new ArrayList<>();
      walk.skipped().forEach(p -> skipped.add(Diagnostics.of(p)));
      skipped.sort(Diagnostic.BY_PLACE);
      diagnostics.addAll(skipped);
      couldNotRead |= !skipped.isEmpty();
      walk.found().forEach(found -> targets.add(found.path()));
    } else {
      targets.add(path);
    }
    for (Path target : targets) {
      try {
        report(reader.check(target, rules, interventionRules));
      } catch (IOException e) {
        cannotRead(e);
      }
    }
  }

  private void cannotRead(IOException e) {
    note(Cli.describe(e));
    couldNotRead = true;
  }

  /** One document's problems and violations, in the order of their places. */
  private void report(DocumentCheck check) {
    documents++;
    couldNotRead |= check.hasUnreadEntries();
    List<Diagnostic> found = new ArrayList<>(Diagnostics.of(check.problems()));
    for (LocatedViolation located : check.violations()) {
      SourceLocation at = located.location();
      Violation v = asSet(located.violation());
      found.add(new Diagnostic(at.source(), at.line(), at.column(), v.severity(), v.ruleId(),
          v.message(), located.pointer()));
    }
    found.sort(Diagnostic.BY_PLACE);
    diagnostics.addAll(found);
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
    if (v.severity() == Severity.WARNING || !warned.contains(v.ruleId())) {
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
