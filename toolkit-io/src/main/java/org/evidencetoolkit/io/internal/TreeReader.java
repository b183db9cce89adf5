package org.evidencetoolkit.io.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.ReadLimits;
import org.evidencetoolkit.io.internal.Node.ArrayNode;
import org.evidencetoolkit.io.internal.Node.Member;
import org.evidencetoolkit.io.internal.Node.ObjectNode;
import org.evidencetoolkit.io.internal.Node.ScalarNode;
import org.evidencetoolkit.io.internal.Node.ScalarType;
import org.evidencetoolkit.model.text.RichTextNormalForm;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads JSON or YAML text into a located {@link Node} tree with Jackson's streaming parsers.
 *
 * <p>Why a tree of our own rather than Jackson data binding (including its error collection,
 * jackson-databind #1196): binding stops at the first syntax or structural error, has no notion
 * of "closest known field" or of Markdown problems, locates problems by byte for byte input and
 * speaks Jackson's words; and the model is Jackson-free, so binding it would need a custom
 * deserializer per type anyway. Reading tokens into a small tree keeps every position (which also
 * serves as the source map for content-rule violations), lets one pass report every problem, and
 * keeps each limit in one place. The tree is built iteratively, so nesting cannot overflow the
 * stack, and the depth limit is checked as each container opens.
 */
public final class TreeReader {
  private final ReadLimits limits;
  private final JsonFactory jsonFactory;
  private final StreamReadConstraints constraints;
  // Built on the first YAML read, so reading JSON never loads or sets up the YAML stack (a
  // command-line start-up cost). Two threads may both build one; either is as good.
  private volatile @Nullable YAMLFactory yamlFactory;

  /** A reader enforcing these limits. */
  public TreeReader(ReadLimits limits) {
    this.limits = limits;
    // Jackson enforces the same limits inside a token (a 30 MB string fails while being read);
    // depth gets one level of slack so our own check, with our message and pointer, fires first.
    this.constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxTokenCount(limits.maxTokens() + 1L)
            .maxDocumentLength(Math.max(1L, 4L * limits.maxDocumentBytes()))
            .build();
    this.jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  private YAMLFactory yamlFactory() {
    YAMLFactory factory = yamlFactory;
    if (factory != null) {
      return factory;
    }
    LoadSettings yamlSettings =
        LoadSettings.builder()
            // our own size limit has already been applied to the whole document
            .setCodePointLimit(Integer.MAX_VALUE)
            // duplicates are found and reported (all of them, located) by this reader
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(0)
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(false)
            .setUseMarks(true)
            .build();
    factory =
        YAMLFactory.builder()
            .loadSettings(yamlSettings)
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    yamlFactory = factory;
    return factory;
  }

  /**
   * A parser over the text with this reader's limits, for {@link StreamBinder}'s happy path.
   */
  JsonParser parser(SourceText source, DocumentFormat format) {
    if (format == DocumentFormat.YAML) {
      return yamlFactory().createParser(
          ObjectReadContext.empty(), new WholeCodePointReader(source.text()));
    }
    // Bytes known to be well-formed UTF-8 go to Jackson's byte parser as they are, as a
    // databind user's would: no text decoded, no copy of it into the parser's buffer. The happy
    // path needs no positions, so Jackson's byte columns do not matter; the located pass reads
    // the decoded text, whose columns count characters.
    byte[] utf8 = source.utf8();
    return utf8 != null
        ? jsonFactory.createParser(
            ObjectReadContext.empty(), utf8, source.utf8Start(), utf8.length - source.utf8Start())
        : jsonFactory.createParser(ObjectReadContext.empty(), source.text());
  }

  /**
   * Whether the YAML text passes the check made before the YAML engine sees it (see {@code
   * checkYamlText}): no line longer than the string limit, no character YAML does not allow.
   */
  static boolean yamlTextIsClean(String text, ReadLimits limits) {
    return yamlTextFault(text, limits.maxStringLength()) == null;
  }

  /**
   * The first fault the YAML text check finds, in the order of the text, or null if none: the one
   * home of the check, which the happy path asks yes or no and the located pass reports.
   *
   * @param offset where the long line starts, or where the character YAML does not allow is
   * @param longLine whether it is a line longer than the limit (else a character)
   */
  private record YamlTextFault(int offset, boolean longLine) {}

  private static @Nullable YamlTextFault yamlTextFault(String text, int max) {
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i == n ? '\n' : text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (i - start > max) {
          return new YamlTextFault(start, true);
        }
        start = i + 1;
      } else if ((c < 0x20 && c != '\t') || (c >= 0x7F && !isYamlPrintable(c))) {
        return new YamlTextFault(i, false);
      }
    }
    return null;
  }

  /** Stops the read after a problem that leaves no usable tree. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stop", null, false, false);
    }
  }

  /**
   * The tree of the text, or null if it could not be read; every problem goes to {@code
   * problems}. A non-null tree may still come with problems (duplicate keys, YAML anchors).
   */
  public @Nullable Node read(SourceText source, DocumentFormat format, ProblemCollector problems) {
    Run run = new Run(source, format, problems);
    try {
      return run.read();
    } catch (Stop stop) {
      return null;
    }
  }

  /** The state of one read. */
  private final class Run {
    private final SourceText source;
    private final DocumentFormat format;
    private final ProblemCollector problems;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private long tokens;
    private long lastYamlFeatureAt = -1;
    private long cursorCodePoints;
    private int cursorChars;

    Run(SourceText source, DocumentFormat format, ProblemCollector problems) {
      this.source = source;
      this.format = format;
      this.problems = problems;
    }

    @Nullable Node read() {
      if (format == DocumentFormat.YAML) {
        checkYamlText();
      }
      JsonParser parser;
      try {
        parser =
            format == DocumentFormat.JSON
                ? jsonFactory.createParser(ObjectReadContext.empty(), source.text())
                : yamlFactory().createParser(
                    ObjectReadContext.empty(), new WholeCodePointReader(source.text()));
      } catch (JacksonException e) {
        fail(e);
        return null;
      }
      try (JsonParser p = parser) {
        Node root = readValue(p);
        if (root == null) {
          problems.add(
              new Problem(Problem.Kind.SYNTAX, source.name(), 1, 1, "", "the document is empty"));
          return null;
        }
        JsonToken extra = next(p);
        if (extra != null) {
          problems.add(
              Problem.Kind.SYNTAX, source, where(p), "",
              format == DocumentFormat.JSON
                  ? "more than one value in the document; it must hold exactly one"
                  : "more than one YAML document in the file; it must hold exactly one");
          throw new Stop();
        }
        return root;
      } catch (JacksonException | YamlEngineException e) {
        fail(e);
        throw new Stop();
      }
    }

    /**
     * Checks the YAML text before the YAML engine sees it, in one pass.
     *
     * <p>Line length is bounded by the string limit. The engine's scanner looks ahead to the end
     * of a line (or of a run without spaces) one character at a time, copying its window as it
     * grows, which is quadratic: a 30 MB line would take minutes, long before any per-string
     * check could fire. No string longer than the limit fits on a shorter line unless it is
     * folded across lines, and then the scanner stays linear and the string check after it
     * applies.
     *
     * <p>Characters YAML does not allow anywhere (outside its printable set: C0 controls other
     * than tab and line ends, DEL, C1 controls other than U+0085, U+FFFE and U+FFFF) are
     * reported at their own line and column. The engine refuses them too, but its error carries
     * no position that survives Jackson, so it would be reported at 1:1.
     */
    private void checkYamlText() {
      String text = source.text();
      int max = limits.maxStringLength();
      YamlTextFault fault = yamlTextFault(text, max);
      if (fault == null) {
        return;
      }
      SourceText.Position p = source.positionOfOffset(fault.offset());
      if (fault.longLine()) {
        problems.add(new Problem(Problem.Kind.LIMIT, source.name(), p.line(), 1, "",
            "the document has a line longer than " + max
                + " characters (ReadLimits.maxStringLength)"));
      } else {
        problems.add(new Problem(Problem.Kind.SYNTAX, source.name(), p.line(), p.column(), "",
            Messages.notYamlPrintable(text.charAt(fault.offset()))));
      }
      throw new Stop();
    }

    private @Nullable JsonToken next(JsonParser p) {
      JsonToken token = p.nextToken();
      if (token != null && ++tokens > limits.maxTokens()) {
        limit(where(p), pointer(),
            "more than " + limits.maxTokens() + " tokens (ReadLimits.maxTokens)");
      }
      return token;
    }

    /** Reads one whole value; null at end of input. */
    private @Nullable Node readValue(JsonParser p) {
      JsonToken token = next(p);
      if (token == null) {
        return null;
      }
      Node done = null;
      while (true) {
        if (format == DocumentFormat.YAML) {
          checkYaml((YAMLParser) p, token);
        }
        long at = where(p);
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            if (stack.size() + 1 > limits.maxDepth()) {
              limit(at, pointer(),
                  "nesting deeper than " + limits.maxDepth() + " levels (ReadLimits.maxDepth)");
            }
            stack.push(new Frame(token == JsonToken.START_OBJECT, at, pointer()));
          }
          case END_OBJECT, END_ARRAY -> {
            Frame frame = stack.pop();
            done = frame.object
                ? new ObjectNode(List.copyOf(frame.members), frame.where)
                : new ArrayNode(List.copyOf(frame.items), frame.where);
          }
          case PROPERTY_NAME -> {
            Frame frame = stack.element();
            String name = p.currentName();
            checkLength(name, at, frame.pointer);
            frame.pendingName = name;
            frame.pendingNameWhere = at;
            if (!frame.keys.add(name)) {
              frame.skipValue = true;
              problems.add(
                  Problem.Kind.DUPLICATE_KEY, source, at, frame.pointer + "/" + Pointers.escape(name),
                  "the key \"" + Messages.clip(name) + "\" appears twice in this "
                      + (format == DocumentFormat.JSON ? "object" : "mapping")
                      + "; keep one");
            }
          }
          default -> done = scalar(p, token, at);
        }
        if (done != null) {
          if (stack.isEmpty()) {
            return done;
          }
          Frame parent = stack.element();
          if (parent.object) {
            String name = parent.pendingName;
            if (parent.skipValue) {
              parent.skipValue = false;
            } else if (name != null) {
              parent.members.add(new Member(name, parent.pendingNameWhere, done));
            }
            parent.pendingName = null;
          } else {
            parent.items.add(done);
          }
          done = null;
        }
        token = next(p);
        if (token == null) {
          // Jackson reports truncated input itself; this is a safety net.
          problems.add(Problem.Kind.SYNTAX, source, source.text().length(), pointer(),
              "the document ends before the structure is closed");
          throw new Stop();
        }
      }
    }

    private ScalarNode scalar(JsonParser p, JsonToken token, long at) {
      boolean yaml = format == DocumentFormat.YAML;
      return switch (token) {
        case VALUE_STRING -> {
          String text = p.getString();
          checkLength(text, at, null);
          boolean alias = yaml && ((YAMLParser) p).isCurrentAlias();
          yield alias
              ? new ScalarNode(ScalarType.STRING, "", false, at)
              : new ScalarNode(ScalarType.STRING, text, false, at);
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          String text = p.getString();
          if (text.length() > limits.maxNumberLength()) {
            limit(at, pointer(), "a number longer than " + limits.maxNumberLength()
                + " characters (ReadLimits.maxNumberLength)");
          }
          yield new ScalarNode(
              token == JsonToken.VALUE_NUMBER_INT ? ScalarType.INTEGER : ScalarType.DECIMAL,
              text, yaml, at);
        }
        case VALUE_TRUE, VALUE_FALSE ->
            new ScalarNode(ScalarType.BOOLEAN, yaml ? p.getString() : token.asString(), yaml, at);
        case VALUE_NULL -> new ScalarNode(ScalarType.NULL, yaml ? p.getString() : "null", yaml, at);
        default -> new ScalarNode(ScalarType.NULL, "", yaml, at);
      };
    }

    /**
     * Checks a name or string value; {@code pointer} is the name's, or null for the value about to
     * be read, whose pointer is only built if there is a problem to report.
     */
    private void checkLength(String text, long at, @Nullable String pointer) {
      if (text.length() > limits.maxStringLength()) {
        limit(at, pointer == null ? pointer() : pointer, "a string longer than " + limits.maxStringLength()
            + " characters (ReadLimits.maxStringLength)");
      }
      // An escape such as \uD800 can spell half a character; text must be whole characters.
      int bad = RichTextNormalForm.firstUnpairedSurrogate(text);
      if (bad >= 0) {
        problems.add(Problem.Kind.ENCODING, source, at, pointer == null ? pointer() : pointer,
            "the string holds an unpaired surrogate U+"
                + Integer.toHexString(text.charAt(bad)).toUpperCase(Locale.ROOT)
                + " (half of a character, usually from an escape like \\uD800); remove it");
      }
    }

    /**
     * Refuses anchors, aliases and tags. A YAML node's start mark is where its properties begin,
     * so an anchored, tagged or aliased node starts with '&', '!' or '*' in the text, characters
     * that cannot start a plain scalar. (Jackson's parser reports aliases and some anchors, but
     * not anchors on scalars, so the text is the reliable witness.)
     */
    private void checkYaml(YAMLParser p, JsonToken token) {
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        return;
      }
      TokenStreamLocation location = p.currentTokenLocation();
      long at = where(location);
      if (at == lastYamlFeatureAt) {
        return;
      }
      int offset = charOffset(location.getCharOffset());
      String text = source.text();
      char c = offset >= 0 && offset < text.length() ? text.charAt(offset) : ' ';
      String found = null;
      if (c == '*' || p.isCurrentAlias()) {
        found = "an alias (" + word(text, offset) + ")";
      } else if (c == '&') {
        found = "an anchor (" + word(text, offset) + ")";
      } else if (c == '!') {
        found = "an explicit tag (" + word(text, offset) + ")";
      }
      if (found != null) {
        lastYamlFeatureAt = at;
        problems.add(Problem.Kind.YAML_FEATURE, source, at, pointer(),
            "YAML " + found + " is not allowed; write the value out in full");
      }
    }

    /** The UTF-16 offset of a code-point index, walking on from the last one asked for. */
    private int charOffset(long codePointIndex) {
      if (codePointIndex < 0) {
        return -1;
      }
      if (codePointIndex < cursorCodePoints) {
        cursorCodePoints = 0;
        cursorChars = 0;
      }
      String text = source.text();
      while (cursorCodePoints < codePointIndex && cursorChars < text.length()) {
        cursorChars += Character.charCount(text.codePointAt(cursorChars));
        cursorCodePoints++;
      }
      return cursorChars;
    }

    private String word(String text, int offset) {
      int end = offset;
      while (end < text.length() && end - offset < 40 && !Character.isWhitespace(text.charAt(end))
          && text.charAt(end) != ',' && text.charAt(end) != ']' && text.charAt(end) != '}') {
        end++;
      }
      return Messages.clip(text.substring(Math.max(0, offset), end));
    }

    /** The pointer of the value about to be read. */
    private String pointer() {
      Frame frame = stack.peek();
      if (frame == null) {
        return "";
      }
      if (frame.object) {
        String name = frame.pendingName;
        return name == null ? frame.pointer : frame.pointer + "/" + Pointers.escape(name);
      }
      return frame.pointer + "/" + frame.items.size();
    }

    private long where(JsonParser p) {
      return where(p.currentTokenLocation());
    }

    private long where(TokenStreamLocation location) {
      if (format == DocumentFormat.JSON) {
        return Math.max(0, location.getCharOffset());
      }
      return SourceText.pack(location.getLineNr(), location.getColumnNr());
    }

    private void limit(long at, String pointer, String message) {
      problems.add(Problem.Kind.LIMIT, source, at, pointer, "the document has " + message);
      throw new Stop();
    }

    private void fail(RuntimeException e) {
      if (e instanceof StreamConstraintsException constraint) {
        long at = constraint.getLocation() == null ? 0 : where(constraint.getLocation());
        problems.add(Problem.Kind.LIMIT, source, at, pointer(),
            "the document has " + Messages.constraint(constraint.getOriginalMessage(), limits));
        return;
      }
      MarkedYamlEngineException marked = findMarked(e);
      if (marked != null) {
        Mark mark = marked.getProblemMark().orElse(marked.getContextMark().orElse(null));
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        String problem = marked.getProblem();
        problems.add(
            new Problem(Problem.Kind.SYNTAX, source.name(), line, column, pointer(),
                "invalid YAML: " + (problem == null ? "malformed" : Messages.yaml(problem))));
        return;
      }
      if (e instanceof JacksonException jackson) {
        TokenStreamLocation location = jackson.getLocation();
        long at = location == null ? 0 : where(location);
        String message = format == DocumentFormat.JSON
            ? Messages.jsonSyntax(jackson.getOriginalMessage(), source, at, stack.peek() != null)
            : Messages.yamlStructure(jackson.getOriginalMessage());
        String pointer = pointer();
        String word = Messages.nonNumericWord(jackson.getOriginalMessage());
        if (format == DocumentFormat.JSON && word != null && at >= word.length()
            && source.text().startsWith(word, (int) at - word.length())) {
          // Jackson points just past a word like NaN; the problem is the word itself. It reads
          // such a word together with the name before it, so the name is not pending here yet.
          at -= word.length();
          message = Messages.nonNumeric(word);
          Frame open = stack.peek();
          if (open != null && open.object && open.pendingName == null
              && jackson.processor() instanceof JsonParser parser && parser.currentName() != null) {
            pointer = open.pointer + "/" + Pointers.escape(parser.currentName());
          }
        }
        if (format == DocumentFormat.JSON && at >= source.text().length() && !stack.isEmpty()) {
          Frame open = stack.element();
          SourceText.Position p = source.position(open.where);
          message = "the document ends inside the " + (open.object ? "object" : "list")
              + " opened at line " + p.line() + ", column " + p.column()
              + "; a closing '" + (open.object ? "}" : "]") + "' is missing";
        }
        problems.add(Problem.Kind.SYNTAX, source, at, pointer, message);
        return;
      }
      problems.add(new Problem(Problem.Kind.SYNTAX, source.name(), 1, 1, pointer(),
          "invalid " + format.name() + ": " + e.getClass().getSimpleName().toLowerCase(Locale.ROOT)));
    }

    private @Nullable MarkedYamlEngineException findMarked(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof MarkedYamlEngineException marked) {
          return marked;
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return null;
    }
  }

  /**
   * Whether a UTF-16 unit at or above U+007F may appear in YAML (YAML 1.2 {@code c-printable});
   * surrogates count, since the text holds only whole pairs by now.
   */
  private static boolean isYamlPrintable(char c) {
    return c == 0x85 || (c >= 0xA0 && c <= 0xFFFD);
  }

  /** An open object or array. */
  private static final class Frame {
    final boolean object;
    final long where;
    final String pointer;
    final List<Member> members = new ArrayList<>();
    final List<Node> items = new ArrayList<>();
    final Set<String> keys = new HashSet<>();
    @Nullable String pendingName;
    long pendingNameWhere;
    boolean skipValue;

    Frame(boolean object, long where, String pointer) {
      this.object = object;
      this.where = where;
      this.pointer = pointer;
    }
  }
}
