package org.evidencetoolkit.benchmarks.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * A hand-written Jackson streaming reader into {@link InterventionRecord}s: one pass over the
 * tokens with a switch per field, no reflection, no intermediate tree. It is the limit of what
 * reading the format can cost on Jackson; it checks types only as far as it must to bind.
 */
public final class StreamingRecordsReader {
  private final ObjectMapper mapper;

  /** A reader over the format of {@code mapper} (JSON or YAML). */
  public StreamingRecordsReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Reads one document. */
  public InterventionRecord read(byte[] document) {
    try (JsonParser p = mapper.createParser(document)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      return intervention(p);
    }
  }

  @SuppressWarnings("StatementSwitchToExpressionSwitch") // one case per field reads best as statements
  private static InterventionRecord intervention(JsonParser p) {
    Integer formatVersion = null;
    String id = null;
    String title = null;
    String summary = null;
    InterventionRecord.Impact impact = null;
    Object evidence = null;
    Object cost = null;
    Integer studyCount = null;
    List<String> preventionTypes = null;
    List<String> settings = null;
    List<String> sectors = null;
    String whatIsIt = null;
    String effectiveness = null;
    String evidenceSecurity = null;
    String costDetails = null;
    List<InterventionRecord.Tip> implementation = null;
    String topicSummary = null;
    List<InterventionRecord.Reading> resources = null;
    List<String> related = null;
    String lastUpdated = null;
    String name;
    while ((name = p.nextName()) != null) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "formatVersion":
          formatVersion = p.getIntValue();
          break;
        case "id":
          id = p.getString();
          break;
        case "title":
          title = p.getString();
          break;
        case "summary":
          summary = p.getString();
          break;
        case "impact":
          expect(p, value, JsonToken.START_OBJECT);
          impact = impact(p);
          break;
        case "evidence":
          evidence = rating(p, value);
          break;
        case "cost":
          cost = rating(p, value);
          break;
        case "studyCount":
          studyCount = p.getIntValue();
          break;
        case "preventionTypes":
          preventionTypes = strings(p, value);
          break;
        case "settings":
          settings = strings(p, value);
          break;
        case "sectors":
          sectors = strings(p, value);
          break;
        case "whatIsIt":
          whatIsIt = p.getString();
          break;
        case "effectiveness":
          effectiveness = p.getString();
          break;
        case "evidenceSecurity":
          evidenceSecurity = p.getString();
          break;
        case "costDetails":
          costDetails = p.getString();
          break;
        case "implementation":
          implementation = tips(p, value);
          break;
        case "topicSummary":
          topicSummary = p.getString();
          break;
        case "resources":
          resources = readings(p, value);
          break;
        case "related":
          related = strings(p, value);
          break;
        case "lastUpdated":
          lastUpdated = p.getString();
          break;
        default:
          throw new IllegalArgumentException("unknown field " + name);
      }
    }
    return new InterventionRecord(
        formatVersion,
        required(id, "id"),
        required(title, "title"),
        summary,
        required(impact, "impact"),
        evidence,
        cost,
        studyCount,
        preventionTypes,
        settings,
        sectors,
        whatIsIt,
        effectiveness,
        evidenceSecurity,
        costDetails,
        implementation,
        topicSummary,
        resources,
        related,
        lastUpdated);
  }

  private static InterventionRecord.Impact impact(JsonParser p) {
    String band = null;
    BigDecimal estimate = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      if (name.equals("band")) {
        band = p.getString();
      } else if (name.equals("estimate")) {
        estimate = p.getDecimalValue();
      } else {
        throw new IllegalArgumentException("unknown field impact/" + name);
      }
    }
    return new InterventionRecord.Impact(required(band, "impact/band"), estimate);
  }

  private static Object rating(JsonParser p, JsonToken value) {
    return value == JsonToken.VALUE_NUMBER_INT ? (Object) p.getIntValue() : p.getString();
  }

  private static List<String> strings(JsonParser p, JsonToken value) {
    expect(p, value, JsonToken.START_ARRAY);
    List<String> out = new ArrayList<>();
    String s;
    while ((s = p.nextStringValue()) != null) {
      out.add(s);
    }
    expect(p, p.currentToken(), JsonToken.END_ARRAY);
    return out;
  }

  private static List<InterventionRecord.Tip> tips(JsonParser p, JsonToken value) {
    expect(p, value, JsonToken.START_ARRAY);
    List<InterventionRecord.Tip> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String title = null;
      String body = null;
      String name;
      while ((name = p.nextName()) != null) {
        p.nextToken();
        if (name.equals("title")) {
          title = p.getString();
        } else if (name.equals("body")) {
          body = p.getString();
        } else {
          throw new IllegalArgumentException("unknown field implementation/" + name);
        }
      }
      out.add(new InterventionRecord.Tip(required(title, "tip title"), required(body, "tip body")));
    }
    return out;
  }

  private static List<InterventionRecord.Reading> readings(JsonParser p, JsonToken value) {
    expect(p, value, JsonToken.START_ARRAY);
    List<InterventionRecord.Reading> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String title = null;
      String description = null;
      String url = null;
      String name;
      while ((name = p.nextName()) != null) {
        p.nextToken();
        if (name.equals("title")) {
          title = p.getString();
        } else if (name.equals("description")) {
          description = p.getString();
        } else if (name.equals("url")) {
          url = p.getString();
        } else {
          throw new IllegalArgumentException("unknown field resources/" + name);
        }
      }
      out.add(new InterventionRecord.Reading(required(title, "resource title"), description, url));
    }
    return out;
  }

  private static void expect(JsonParser p, @Nullable JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          "expected " + expected + " but found " + actual + " at " + p.currentLocation());
    }
  }

  private static <T> T required(@Nullable T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("missing " + what);
    }
    return value;
  }
}
