package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read-time problems of a profile (SPEC §11), each located by line, column and JSON Pointer
 * with a message a content editor can act on, and collected with every other problem of the
 * document in one exception — never an {@link IllegalStateException} from the model.
 */
class ProfileProblemsTest {
  static List<Problem> problems(String yaml) {
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> ToolkitReader.defaults().with(DocumentFormat.YAML)
            .readToolkit(Source.named("toolkit.yaml").text(yaml)));
    assertThat(e).as("expected problems in:\n" + yaml).isNotNull();
    return e.problems();
  }

  static Problem only(String yaml) {
    List<Problem> problems = problems(yaml);
    assertThat(problems).as(yaml).hasSize(1);
    return problems.get(0);
  }

  static void located(Problem p, Problem.Kind kind, int line, int column, String pointer,
      String message) {
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.source()).isEqualTo("toolkit.yaml");
    assertThat(List.of(p.line(), p.column())).as("line, column").containsExactly(line, column);
    assertThat(p.pointer()).isEqualTo(pointer);
    assertThat(p.message()).isEqualTo(message);
  }

  @Test
  void anUnknownLabelKeyNamesTheClosestKnownKey() {
    located(only("""
        title: T
        profile:
          labels:
            rating.evidense: Evidence strength
        """), Problem.Kind.BAD_VALUE, 4, 5, "/profile/labels/rating.evidense",
        "unknown label key \"rating.evidense\"; did you mean \"rating.evidence\"?");
  }

  @Test
  void theProfilesOwnSectionsMakeTheirHeadingsKnown() {
    List<Problem> problems = problems("""
        title: T
        profile:
          sections: [what-is-it, behind-the-average]
          labels:
            section.behind-the-average: Behind the average
            section.behind-the-avrage: Behind the average
            section.case-study: A case study
        """);
    assertThat(problems).extracting(Problem::line, Problem::column, Problem::pointer,
        Problem::message).containsExactly(
        tuple(6, 5, "/profile/labels/section.behind-the-avrage",
            "unknown label key \"section.behind-the-avrage\"; did you mean"
                + " \"section.behind-the-average\"?"),
        tuple(7, 5, "/profile/labels/section.case-study",
            "unknown label key \"section.case-study\"; a custom section's heading is known once"
                + " the profile lists the section in \"sections\""));
  }

  @Test
  void aMeasureWordingWithoutThePlaceholder() {
    located(only("""
        title: T
        profile:
          measures:
            - id: attainment
              outcome: attainment
              unit: months
              better: months of progress
              worse: "−{0} months"
              none: no change in attainment
        """), Problem.Kind.BAD_VALUE, 7, 15, "/profile/measures/0/better",
        "the wording \"better\" must show the estimate with {0}, e.g. \"+{0} months\"; it is used"
            + " for a positive estimate, was \"months of progress\"");
  }

  @Test
  void anUnknownRuleIdNamesTheClosestRule() {
    located(only("""
        title: T
        profile:
          rules:
            off: [prevention.presnt]
        """), Problem.Kind.BAD_VALUE, 4, 11, "/profile/rules/off/0",
        "unknown rule id \"prevention.presnt\"; did you mean \"prevention.present\"?");
  }

  @Test
  void aRuleGivenTwoSettings() {
    located(only("""
        title: T
        profile:
          rules:
            off: [prevention.present]
            warning: [setting.present, prevention.present]
        """), Problem.Kind.DUPLICATE_KEY, 5, 32, "/profile/rules/warning/1",
        "the rule \"prevention.present\" is given two settings, \"off\" and \"warning\"; keep one");
    located(only("""
        title: T
        profile:
          rules:
            off: [prevention.present, prevention.present]
        """), Problem.Kind.DUPLICATE_KEY, 4, 31, "/profile/rules/off/1",
        "the rule \"prevention.present\" is listed twice in \"off\"; keep one");
  }

  @Test
  void aSectionListedTwice() {
    located(only("""
        title: T
        profile:
          sections:
            - what-is-it
            - effectiveness
            - what-is-it
        """), Problem.Kind.DUPLICATE_KEY, 6, 7, "/profile/sections/2",
        "the section \"what-is-it\" is listed twice (also at /profile/sections/0); a section"
            + " appears once on a page, so keep one");
  }

  @Test
  void anExtendsThatNamesNoBuiltInProfile() {
    located(only("""
        title: T
        profile:
          extends: eef
        """), Problem.Kind.BAD_VALUE, 3, 12, "/profile/extends",
        "\"extends\" names \"eef\", which is not a built-in profile; the only built-in is \"yef\""
            + " (or leave \"extends\" out: every profile extends \"yef\")");
  }

  @Test
  void aScaleWhoseThresholdsDoNotRise() {
    located(only("""
        title: T
        profile:
          impactScale:
            version: learning-1
            highFrom: 4
            moderateFrom: 5
            lowFrom: 1
            harmfulTo: -1
        """), Problem.Kind.BAD_VALUE, 5, 15, "/profile/impactScale/highFrom",
        "the thresholds must rise (harmfulTo < lowFrom < moderateFrom < highFrom), but"
            + " \"highFrom\" 4 is not above \"moderateFrom\" 5");
    // equal thresholds do not rise either, and each pair is reported
    assertThat(problems("""
        title: T
        profile:
          impactScale: {version: v, highFrom: 1, moderateFrom: 1, lowFrom: 1, harmfulTo: 1.0}
        """)).extracting(Problem::pointer).containsExactly(
        "/profile/impactScale/highFrom", "/profile/impactScale/moderateFrom",
        "/profile/impactScale/lowFrom");
  }

  @Test
  void namesAndIdsMustBeKebabCase() {
    List<Problem> problems = problems("""
        title: T
        profile:
          name: Learning Months
          measures:
            - {id: Attainment, outcome: attainment, unit: Months, better: "+{0}", worse: "-{0}", none: "0"}
          sections: [what-is-it, Behind_the_average]
        """);
    String kebab = " must be kebab-case (lower-case letters and digits joined by single hyphens,"
        + " e.g. behind-the-average), was ";
    assertThat(problems).extracting(Problem::kind, Problem::line, Problem::column,
        Problem::pointer, Problem::message).containsExactly(
        tuple(Problem.Kind.BAD_VALUE, 3, 9, "/profile/name",
            "a profile name" + kebab + "\"Learning Months\""),
        tuple(Problem.Kind.BAD_VALUE, 5, 12, "/profile/measures/0/id",
            "a measure id" + kebab + "\"Attainment\""),
        tuple(Problem.Kind.BAD_VALUE, 5, 51, "/profile/measures/0/unit",
            "a unit (percent, months, percentage-points, effect-size or another word)" + kebab
                + "\"Months\""),
        tuple(Problem.Kind.BAD_VALUE, 6, 26, "/profile/sections/1",
            "a section id" + kebab + "\"Behind_the_average\""));
  }

  @Test
  void aMeasureIdListedTwice() {
    located(only("""
        title: T
        profile:
          measures:
            - {id: crime, outcome: crime, unit: percent, better: "{0}% less", worse: "{0}% more", none: none}
            - {id: crime, outcome: crime, unit: percent, better: "{0}% less", worse: "{0}% more", none: none}
        """), Problem.Kind.DUPLICATE_KEY, 5, 12, "/profile/measures/1/id",
        "the measure \"crime\" is listed twice (also at /profile/measures/0); give each measure"
            + " its own id");
  }

  @Test
  void anEmptyListOfMeasures() {
    located(only("title: T\nprofile:\n  measures: []\n"), Problem.Kind.BAD_VALUE, 3, 13,
        "/profile/measures",
        "a profile needs at least one measure; list the measures its estimates are given in (the"
            + " first is the default), or leave \"measures\" out to keep yef's violence and crime");
  }

  @Test
  void missingMeasureAndScaleFields() {
    List<Problem> problems = problems("""
        title: T
        profile:
          measures:
            - {id: attainment, outcome: attainment}
          impactScale: {highFrom: 4, moderateFrom: 2, lowFrom: 1}
        """);
    assertThat(problems).extracting(Problem::kind, Problem::line, Problem::column,
        Problem::pointer, Problem::message).containsExactly(
        tuple(Problem.Kind.MISSING_FIELD, 4, 7, "/profile/measures/0/unit",
            "missing required field \"unit\""),
        tuple(Problem.Kind.MISSING_FIELD, 4, 7, "/profile/measures/0/better",
            "missing required field \"better\""),
        tuple(Problem.Kind.MISSING_FIELD, 4, 7, "/profile/measures/0/worse",
            "missing required field \"worse\""),
        tuple(Problem.Kind.MISSING_FIELD, 4, 7, "/profile/measures/0/none",
            "missing required field \"none\""),
        tuple(Problem.Kind.MISSING_FIELD, 5, 16, "/profile/impactScale/version",
            "missing required field \"version\""),
        tuple(Problem.Kind.MISSING_FIELD, 5, 16, "/profile/impactScale/harmfulTo",
            "missing required field \"harmfulTo\""));
  }

  @Test
  void unknownFieldsSuggestTheClosestField() {
    List<Problem> problems = problems("""
        title: T
        profil: {}
        profile:
          measure: []
          impactScale: {version: v, highfrom: 4, highFrom: 4, moderateFrom: 2, lowFrom: 1, harmfulTo: -1}
          rules: {warnings: [text.length]}
        """);
    assertThat(problems).extracting(Problem::kind, Problem::line, Problem::column,
        Problem::pointer, Problem::message).containsExactly(
        tuple(Problem.Kind.UNKNOWN_FIELD, 2, 1, "/profil",
            "unknown field \"profil\" in a toolkit; did you mean \"profile\"?"),
        tuple(Problem.Kind.UNKNOWN_FIELD, 4, 3, "/profile/measure",
            "unknown field \"measure\" in a profile; did you mean \"measures\"?"),
        tuple(Problem.Kind.UNKNOWN_FIELD, 5, 29, "/profile/impactScale/highfrom",
            "unknown field \"highfrom\" in an impact scale; did you mean \"highFrom\"?"),
        tuple(Problem.Kind.UNKNOWN_FIELD, 6, 11, "/profile/rules/warnings",
            "unknown field \"warnings\" in the rule settings; did you mean \"warning\"?"));
  }

  @Test
  void aLanguageThatIsNotABcp47Tag() {
    located(only("title: T\nprofile:\n  language: en_GB\n"), Problem.Kind.BAD_VALUE, 3, 13,
        "/profile/language",
        "\"en_GB\" is not a BCP 47 language tag; write it like en-GB, cy or fr-CA");
  }

  @Test
  void wrongTypesInTheNewFields() {
    List<Problem> problems = problems("""
        title: T
        about: [not, text]
        source: https://example.org
        profile:
          labels: [rating.cost]
          sections: what-is-it
        interventions:
          - id: x
            title: X
            impact: {band: low, measure: [attainment]}
            sections: [behind-the-average]
        """);
    assertThat(problems).extracting(Problem::kind, Problem::line, Problem::pointer)
        .containsExactly(
            tuple(Problem.Kind.WRONG_TYPE, 2, "/about"),
            tuple(Problem.Kind.WRONG_TYPE, 3, "/source"),
            tuple(Problem.Kind.WRONG_TYPE, 5, "/profile/labels"),
            tuple(Problem.Kind.WRONG_TYPE, 6, "/profile/sections"),
            tuple(Problem.Kind.WRONG_TYPE, 10, "/interventions/0/impact/measure"),
            tuple(Problem.Kind.WRONG_TYPE, 11, "/interventions/0/sections"));
  }

  @Test
  void customSectionsMustBeSupportedMarkdown() {
    located(only("""
        title: T
        interventions:
          - id: x
            title: X
            impact: {band: low}
            sections:
              behind-the-average: "# A heading"
        """), Problem.Kind.BAD_MARKDOWN, 7, 27, "/interventions/0/sections/behind-the-average",
        "\"sections/behind-the-average\" has a heading (\"# A heading\"); rich text allows"
            + " paragraphs, flat lists, *emphasis*, **strong** and [links](https://example.org)");
  }

  @Test
  void allSixProfileMistakesAndTheInterventionsProblemsComeInOneException() {
    List<Problem> problems = problems("""
        title: Example Learning Toolkit
        profile:
          name: learning-months
          extends: eef
          measures:
            - {id: attainment, outcome: attainment, unit: months, better: "+ months", worse: "−{0} months", none: no change}
          impactScale: {version: learning-1, highFrom: 4, moderateFrom: 2, lowFrom: 2, harmfulTo: -1}
          sections: [what-is-it, effectiveness, behind-the-average, effectiveness]
          labels:
            rating.evidense: Evidence strength
          rules: {off: [prevention.presnt]}
        interventions:
          - id: reading-circles
            title: Reading circles
            impact: {band: moderat, estimate: 3}
        """);
    assertThat(problems).extracting(Problem::kind, Problem::line, Problem::column,
        Problem::pointer).containsExactly(
        tuple(Problem.Kind.BAD_VALUE, 4, 12, "/profile/extends"),
        tuple(Problem.Kind.BAD_VALUE, 6, 67, "/profile/measures/0/better"),
        tuple(Problem.Kind.BAD_VALUE, 7, 65, "/profile/impactScale/moderateFrom"),
        tuple(Problem.Kind.DUPLICATE_KEY, 8, 61, "/profile/sections/3"),
        tuple(Problem.Kind.BAD_VALUE, 10, 5, "/profile/labels/rating.evidense"),
        tuple(Problem.Kind.BAD_VALUE, 11, 17, "/profile/rules/off/0"),
        tuple(Problem.Kind.BAD_VALUE, 15, 20, "/interventions/0/impact/band"));
    assertThat(problems.get(2).message())
        .contains("\"moderateFrom\" 2 is not above \"lowFrom\" 2");
  }
}
