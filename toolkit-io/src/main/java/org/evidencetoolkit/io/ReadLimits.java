package org.evidencetoolkit.io;

/**
 * Bounds on what a reader accepts, so that hostile or broken input fails fast with a {@link
 * Problem.Kind#LIMIT} problem instead of exhausting the stack, the heap or the clock.
 *
 * <p>Every limit applies to each file separately. The defaults suit hand-written content with
 * room to spare:
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>counts</th></tr>
 *   <tr><td>{@link #maxDocumentBytes()}</td><td>5 MiB</td><td>bytes of UTF-8 (text input is
 *       measured as it would be encoded)</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>64</td><td>nested objects and arrays</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1,000,000</td><td>UTF-16 units in one string or
 *       key</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100</td><td>characters in one number</td></tr>
 *   <tr><td>{@link #maxTokens()}</td><td>1,000,000</td><td>scalars, keys, starts and ends of
 *       objects and arrays</td></tr>
 *   <tr><td>{@link #maxProblems()}</td><td>100</td><td>problems reported before reading
 *       stops</td></tr>
 * </table>
 *
 * <pre>{@code
 * ToolkitReader reader = ToolkitReader.builder()
 *     .limits(ReadLimits.builder().maxDocumentBytes(50 * 1024 * 1024).build())
 *     .build();
 * }</pre>
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxTokens;
  private final int maxProblems;

  private ReadLimits(Builder builder) {
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxDepth = builder.maxDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxTokens = builder.maxTokens;
    this.maxProblems = builder.maxProblems;
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest document, in bytes of UTF-8; default 5 MiB (5,242,880). */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The deepest nesting of objects and arrays; default 64. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The longest string or key, in UTF-16 units; default 1,000,000. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest number, in characters; default 100. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The most tokens (scalars, keys, starts and ends) in one document; default 1,000,000. */
  public int maxTokens() {
    return maxTokens;
  }

  /** How many problems are collected before reading stops; default 100. */
  public int maxProblems() {
    return maxProblems;
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentBytes=" + maxDocumentBytes + ", maxDepth=" + maxDepth
        + ", maxStringLength=" + maxStringLength + ", maxNumberLength=" + maxNumberLength
        + ", maxTokens=" + maxTokens + ", maxProblems=" + maxProblems + "}";
  }

  /** Builds {@link ReadLimits}; every limit must be at least 1. */
  public static final class Builder {
    private int maxDocumentBytes = 5 * 1024 * 1024;
    private int maxDepth = 64;
    private int maxStringLength = 1_000_000;
    private int maxNumberLength = 100;
    private int maxTokens = 1_000_000;
    private int maxProblems = 100;

    private Builder() {}

    /** Sets {@link ReadLimits#maxDocumentBytes()}. */
    public Builder maxDocumentBytes(int bytes) {
      this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
      return this;
    }

    /** Sets {@link ReadLimits#maxDepth()}. */
    public Builder maxDepth(int depth) {
      this.maxDepth = positive(depth, "maxDepth");
      return this;
    }

    /** Sets {@link ReadLimits#maxStringLength()}. */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "maxStringLength");
      return this;
    }

    /** Sets {@link ReadLimits#maxNumberLength()}. */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive(length, "maxNumberLength");
      return this;
    }

    /** Sets {@link ReadLimits#maxTokens()}. */
    public Builder maxTokens(int tokens) {
      this.maxTokens = positive(tokens, "maxTokens");
      return this;
    }

    /** Sets {@link ReadLimits#maxProblems()}. */
    public Builder maxProblems(int problems) {
      this.maxProblems = positive(problems, "maxProblems");
      return this;
    }

    /** The limits. */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
