package org.evidencetoolkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test documents, made up for the tests (they are not facts about any real approach), and a way
 * to put them on disk.
 */
final class Documents {
  /** An intervention that reads and passes every default content rule. */
  static final String VALID_YAML =
      """
      id: homework-club
      title: Homework club
      summary: An after-school club where children do homework with adult help.
      impact: { band: low, estimate: 4 }
      evidence: 2
      cost: 1
      preventionTypes: [primary]
      settings: [school-and-college]
      sectors: [education]
      whatIsIt: |
        Children stay after school to do homework, with *adult* help.
      effectiveness: |
        A made-up test document: the effect is small.
      evidenceSecurity: |
        A made-up test document: the evidence is weak.
      implementation:
        - title: Keep it voluntary
          body: Children who choose to come stay longer.
      """;

  /** The same kind of document in JSON, another intervention. */
  static final String VALID_JSON =
      """
      {
        "id": "street-football",
        "title": "Street football",
        "summary": "Evening football sessions run by youth workers.",
        "impact": { "band": "moderate", "estimate": 12 },
        "evidence": 3,
        "cost": 2,
        "preventionTypes": ["secondary"],
        "settings": ["community"],
        "whatIsIt": "Youth workers run football sessions in the evening.",
        "effectiveness": "A made-up test document.",
        "evidenceSecurity": "A made-up test document."
      }
      """;

  /**
   * An intervention that reads but breaks content rules: its id is not a slug (an error) and it
   * names no prevention type or setting (errors).
   */
  static final String BREAKS_RULES_YAML =
      """
      id: Late Night Gym
      title: Late night gym
      summary: A gym that opens late.
      impact: { band: insufficient-evidence }
      whatIsIt: A gym opens late for young people.
      effectiveness: Not known.
      evidenceSecurity: None.
      """;

  /** A document that does not read: a bad band, an unknown field. */
  static final String UNREADABLE_YAML =
      """
      id: boxing-club
      title: Boxing club
      impact: { band: enormous }
      colour: blue
      """;

  /** A toolkit in one file with two interventions. */
  static final String TOOLKIT_YAML =
      """
      title: Test toolkit
      settings:
        - code: youth-club
          label: Youth club
      interventions:
        - id: homework-club
          title: Homework club
          summary: An after-school club where children do homework with adult help.
          impact: { band: low, estimate: 4 }
          evidence: 2
          cost: 1
          preventionTypes: [primary]
          settings: [school-and-college]
          whatIsIt: Children stay after school to do homework.
          effectiveness: A made-up test document.
          evidenceSecurity: A made-up test document.
        - id: youth-club-nights
          title: Youth club nights
          summary: Open evenings at a youth club.
          impact: { band: moderate, estimate: 15 }
          evidence: 4
          cost: 3
          preventionTypes: [secondary]
          settings: [youth-club]
          whatIsIt: A youth club opens on weekday evenings.
          effectiveness: A made-up test document.
          evidenceSecurity: A made-up test document.
      """;

  private Documents() {}

  /** Writes {@code text} to {@code folder/name} (creating folders) and returns the path. */
  static Path write(Path folder, String name, String text) {
    try {
      Path path = folder.resolve(name);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
