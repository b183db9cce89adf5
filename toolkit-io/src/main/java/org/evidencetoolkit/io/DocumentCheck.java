package org.evidencetoolkit.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;

/**
 * Everything wrong with one document in one run: every format {@link Problem} found reading it
 * and every content-rule violation of the parts that could be read, each located.
 *
 * <p>Reading does not stop at a format problem: a value whose own fields have problems is kept
 * when what it cannot be built without read (an intervention's {@code id}, {@code title} and
 * {@code impact}; a toolkit's {@code title}), and the rules judge it. So a file with a misspelt
 * field, an undeclared setting and an estimate outside its band shows all three at once. Two
 * kinds of finding are left out because they would be about the reading rather than the content:
 * a violation at, inside or around a value that has a format problem (a field that did not read is
 * not "missing"), and, when some intervention of a toolkit could not be read, a related id that
 * names no intervention read.
 *
 * <pre>{@code
 * DocumentCheck check = ToolkitReader.defaults().check(Path.of("content"), ContentRules.defaults());
 * check.problems().forEach(System.out::println);
 * check.violations().forEach(System.out::println);
 * if (check.hasErrors()) { ... }
 * }</pre>
 *
 * <p>The rules are the caller's: pass {@code ContentRules.defaults()}, a set with rules dropped
 * or downgraded, or one {@linkplain ContentRules#withProfile bound to a profile}. To judge a single
 * intervention under a profile while a toolkit keeps its own, give the two kinds of document
 * their own rules ({@link ToolkitReader#check(java.nio.file.Path, ContentRules, ContentRules)}).
 */
public final class DocumentCheck {
  private static final Pattern RELATED = Pattern.compile("^/interventions/(\\d{1,9})/related/(\\d{1,9})$");

  private final String source;
  private final List<Problem> problems;
  private final List<LocatedViolation> violations;
  private final Optional<Document> document;

  private DocumentCheck(
      String source, List<Problem> problems, List<LocatedViolation> violations,
      Optional<Document> document) {
    this.source = source;
    this.problems = List.copyOf(problems);
    this.violations = List.copyOf(violations);
    this.document = document;
  }

  /**
   * Judges what was read.
   *
   * @param read what could be read, if anything
   * @param complete false when a toolkit is missing interventions that could not be read
   * @param toolkitRules the rules a toolkit is judged by
   * @param interventionRules the rules an intervention document is judged by
   */
  static DocumentCheck of(
      String source, Optional<Document> read, boolean complete, List<Problem> problems,
      ContentRules toolkitRules, ContentRules interventionRules) {
    List<LocatedViolation> located = new ArrayList<>();
    if (read.isPresent()) {
      Document document = read.get();
      List<Violation> found;
      Set<String> readIds = new HashSet<>();
      Toolkit toolkit = null;
      if (document instanceof ToolkitDocument t) {
        toolkit = t.toolkit();
        found = toolkitRules.validate(toolkit).violations();
        toolkit.interventions().forEach(i -> readIds.add(i.id()));
      } else {
        found = interventionRules.validate(((InterventionDocument) document).intervention())
            .violations();
      }
      for (Violation v : found) {
        if (!complete && toolkit != null && namesUnreadIntervention(v, toolkit, readIds)) {
          continue;
        }
        SourceLocation where = document.locate(v);
        String pointer = document.pointerInFile(v);
        if (!aboutAProblem(where.source(), pointer, problems)) {
          located.add(new LocatedViolation(v, where, pointer));
        }
      }
    }
    return new DocumentCheck(
        source, problems, located, problems.isEmpty() ? read : Optional.empty());
  }

  /** The path or source name that was checked. */
  public String source() {
    return source;
  }

  /** Every format problem, sorted by source, line and column; empty when the document read. */
  public List<Problem> problems() {
    return problems;
  }

  /** Every content-rule violation of what could be read, in the rules' order. */
  public List<LocatedViolation> violations() {
    return violations;
  }

  /** The document, when it read without a single format problem. */
  public Optional<Document> document() {
    return document;
  }

  /** Whether there is a format problem or a violation of severity ERROR. */
  public boolean hasErrors() {
    return !problems.isEmpty()
        || violations.stream().anyMatch(v -> v.violation().severity() == Severity.ERROR);
  }

  /** Whether some entry was not read at all ({@link Problem.Kind#NOT_READ}). */
  public boolean hasUnreadEntries() {
    return problems.stream().anyMatch(p -> p.kind() == Problem.Kind.NOT_READ);
  }

  /**
   * Whether a violation concerns a value with a format problem: the same value, one inside it,
   * or one around it (a list is not "empty" when an item failed to read). The document root
   * encloses everything, so a violation of the whole document is always kept.
   */
  private static boolean aboutAProblem(String source, String pointer, List<Problem> problems) {
    for (Problem p : problems) {
      if (!p.source().equals(source) || p.pointer().isEmpty()) {
        continue;
      }
      String q = p.pointer();
      if (q.equals(pointer) || pointer.startsWith(q + "/")
          || (!pointer.isEmpty() && q.startsWith(pointer + "/"))) {
        return true;
      }
    }
    return false;
  }

  /** A related id that names no intervention read, in a toolkit missing some. */
  private static boolean namesUnreadIntervention(Violation v, Toolkit toolkit, Set<String> readIds) {
    if (!v.ruleId().equals(RuleIds.TOOLKIT_RELATED_RESOLVES)) {
      return false;
    }
    Matcher m = RELATED.matcher(v.path());
    if (!m.matches()) {
      return false;
    }
    List<Intervention> interventions = toolkit.interventions();
    int n = Integer.parseInt(m.group(1));
    if (n >= interventions.size()) {
      return false;
    }
    List<String> related = interventions.get(n).related();
    int k = Integer.parseInt(m.group(2));
    return k < related.size() && !readIds.contains(related.get(k));
  }
}
