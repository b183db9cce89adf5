package org.evidencetoolkit.io.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value of the located tree: what JSON and YAML have in common, each node remembering where it
 * started. {@link #where()} is opaque; only the {@link SourceText} that built the node turns it
 * into a line and column, so that long single-line documents cost nothing until a position is
 * actually needed.
 */
public sealed interface Node permits Node.ObjectNode, Node.ArrayNode, Node.ScalarNode {
  /** Where the value starts, to be resolved by its {@link SourceText}. */
  long where();

  /** A word for the node's type, for messages: "an object", "a list", "text", "a number"… */
  String describe();

  /** An object (JSON) or mapping (YAML), members in document order, keys unique. */
  record ObjectNode(List<Member> members, long where) implements Node {
    /** The member with this name. */
    public @Nullable Member member(String name) {
      for (Member member : members) {
        if (member.name().equals(name)) {
          return member;
        }
      }
      return null;
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /** One key and its value. */
  record Member(String name, long nameWhere, Node value) {}

  /** An array (JSON) or sequence (YAML). */
  record ArrayNode(List<Node> items, long where) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: its type as the syntax gives it and its text as written (numbers keep their
   * digits, so no precision is lost).
   *
   * @param type what the syntax says it is
   * @param text the characters of the value; {@code "true"}, {@code "null"} etc. for those
   * @param plain whether it is an unquoted YAML scalar, whose text may stand for a string even
   *     when YAML reads it as a number or boolean ({@code title: 2024})
   * @param where where it starts
   */
  record ScalarNode(ScalarType type, String text, boolean plain, long where) implements Node {
    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "text";
        case INTEGER, DECIMAL -> "a number";
        case BOOLEAN -> "true/false";
        case NULL -> "null";
      };
    }
  }

  /** The scalar types JSON and YAML share. */
  enum ScalarType {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }
}
