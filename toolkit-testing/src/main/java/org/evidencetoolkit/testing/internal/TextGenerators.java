package org.evidencetoolkit.testing.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.testing.GeneratorConfig;
import org.evidencetoolkit.testing.Part;
import org.evidencetoolkit.testing.TextAlphabet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of clean text, rich text and addresses under one {@link GeneratorConfig}.
 *
 * <p>Rich text is generated in the form that the Markdown of the file format reads back to the same
 * value: no empty or adjacent {@link Text} nodes, no white space at the edges of a paragraph, list
 * item, emphasis or link text, single spaces between words, emphasis holding text only and links
 * holding text or one emphasis. That keeps the generators usable for round-trip properties.
 */
public final class TextGenerators {
  private final GeneratorConfig config;
  private final Gen<String> word;
  private final Gen<Inline> inline;

  /** Generators for this configuration. */
  public TextGenerators(GeneratorConfig config) {
    this(config, Set.of());
  }

  /**
   * Generators for this configuration whose text never uses the {@code avoided} words (compared
   * ignoring case): content generated under a profile avoids the built-in profile's outcome words
   * that the profile does not use itself, so a property can tell which words came from where.
   */
  public TextGenerators(GeneratorConfig config, Set<String> avoided) {
    this.config = config;
    this.word = words(config.alphabet(), avoided);
    this.inline = inlineRuns();
  }

  private static Gen<String> words(TextAlphabet alphabet, Set<String> avoided) {
    // One draw per word: English words weighted three to one, so most text reads as English, and
    // the pool starts with them, so shrinking ends in plain English.
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pool.addAll(Words.ENGLISH);
    }
    if (alphabet == TextAlphabet.UNICODE) {
      pool.addAll(Words.UNICODE);
    }
    pool.addAll(Words.PUNCTUATED);
    if (!avoided.isEmpty()) {
      pool.removeIf(w -> contains(w, avoided));
    }
    return Gens.pick(List.copyOf(pool));
  }

  private static boolean contains(String word, Set<String> avoided) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String a : avoided) {
      if (lower.contains(a.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** One word: no white space, no control or format characters. */
  public Gen<String> word() {
    return word;
  }

  /**
   * Between {@code min} and {@code max} words joined by single spaces, at most {@code maxChars}
   * UTF-16 units long (words are dropped from the end to fit, keeping at least one).
   */
  public Gen<String> words(int min, int max, int maxChars) {
    Gen<List<String>> list = Gens.listOf(word, Math.max(1, min), Math.max(1, max));
    return list.map(ws -> joinWithin(ws, maxChars));
  }

  static String joinWithin(List<String> words, int maxChars) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      int extra = out.length() == 0 ? w.length() : w.length() + 1;
      if (out.length() > 0 && out.length() + extra > maxChars) {
        break;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  /** A line of text such as a title: words, first letter capitalised when it is a Latin letter. */
  public Gen<String> line(int maxWords, int maxChars) {
    return words(1, maxWords, maxChars).map(TextGenerators::capitalise);
  }

  static String capitalise(String s) {
    char first = s.charAt(0);
    return first >= 'a' && first <= 'z' ? Character.toUpperCase(first) + s.substring(1) : s;
  }

  /** A plain text run. */
  public Gen<Text> texts() {
    return words(1, config.maxWords(), Integer.MAX_VALUE).map(Text::new);
  }

  /** Emphasis over one plain text run. */
  public Gen<Emphasis> emphases() {
    return words(1, Math.min(4, config.maxWords()), Integer.MAX_VALUE)
        .map(w -> new Emphasis(List.of(new Text(w))));
  }

  /** Strong emphasis over one plain text run. */
  public Gen<Strong> strongs() {
    return words(1, Math.min(4, config.maxWords()), Integer.MAX_VALUE)
        .map(w -> new Strong(List.of(new Text(w))));
  }

  /** A link with an http, https or mailto address over text or one emphasis. */
  public Gen<Link> links() {
    Gen<String> text = words(1, Math.min(5, config.maxWords()), Integer.MAX_VALUE);
    Gen<Integer> shape = Generate.range(0, 3);
    Gen<URI> urls = urls();
    return in -> {
      URI url = urls.generate(in);
      String t = text.generate(in);
      int s = shape.generate(in);
      Inline child =
          s == 2 ? new Strong(List.of(new Text(t)))
              : s == 3 ? new Emphasis(List.of(new Text(t))) : new Text(t);
      return new Link(url, List.of(child));
    };
  }

  private Gen<Inline> inlineRuns() {
    Gen<Text> text = texts();
    Gen<Emphasis> emphasis = emphases();
    Gen<Strong> strong = strongs();
    Gen<Link> link = links();
    boolean formatting = config.includes(Part.EMPHASIS);
    boolean links = config.includes(Part.LINKS);
    Gen<Integer> kind = Generate.range(0, 9);
    return in -> {
      int k = kind.generate(in);
      if (k >= 6 && k <= 7 && formatting) {
        return k == 6 ? emphasis.generate(in) : strong.generate(in);
      }
      if (k >= 8 && links) {
        return link.generate(in);
      }
      return text.generate(in);
    };
  }

  /** Any kind of inline run, mostly plain text. */
  public Gen<Inline> inlines() {
    return inline;
  }

  /**
   * The inlines of a paragraph or list item: runs joined by single spaces, adjacent plain text
   * merged, so the content has no leading or trailing white space.
   */
  public Gen<List<Inline>> inlineSequences() {
    return Gens.listOf(inline, 1, config.maxInlines()).map(TextGenerators::joinRuns);
  }

  static List<Inline> joinRuns(List<Inline> runs) {
    List<Inline> out = new ArrayList<>(runs.size() * 2);
    for (Inline run : runs) {
      if (out.isEmpty()) {
        out.add(run);
        continue;
      }
      Inline last = out.get(out.size() - 1);
      if (last instanceof Text previous) {
        if (run instanceof Text next) {
          out.set(out.size() - 1, new Text(previous.text() + " " + next.text()));
        } else {
          out.set(out.size() - 1, new Text(previous.text() + " "));
          out.add(run);
        }
      } else if (run instanceof Text next) {
        out.add(new Text(" " + next.text()));
      } else {
        out.add(new Text(" "));
        out.add(run);
      }
    }
    return List.copyOf(out);
  }

  /** The inlines with adjacent plain text runs merged into one. */
  static List<Inline> mergeText(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      if (!out.isEmpty()
          && inline instanceof Text next
          && out.get(out.size() - 1) instanceof Text previous) {
        out.set(out.size() - 1, new Text(previous.text() + next.text()));
      } else {
        out.add(inline);
      }
    }
    return List.copyOf(out);
  }

  /** A paragraph. */
  public Gen<Paragraph> paragraphs() {
    return inlineSequences().map(Paragraph::new);
  }

  /** A bullet list of one or more items. */
  public Gen<BulletList> bulletLists() {
    return Gens.listOf(inlineSequences(), 1, config.maxListItems()).map(BulletList::new);
  }

  /** A numbered list of one or more items. */
  public Gen<OrderedList> orderedLists() {
    return Gens.listOf(inlineSequences(), 1, config.maxListItems()).map(OrderedList::new);
  }

  /** A block: mostly paragraphs, sometimes lists (unless {@link Part#LISTS} is excluded). */
  public Gen<Block> blocks() {
    Gen<Paragraph> paragraph = paragraphs();
    if (!config.includes(Part.LISTS)) {
      return paragraph.map(p -> p);
    }
    Gen<BulletList> bullets = bulletLists();
    Gen<OrderedList> numbered = orderedLists();
    Gen<Integer> kind = Generate.range(0, 5);
    return in -> {
      int k = kind.generate(in);
      if (k == 4) {
        return bullets.generate(in);
      }
      return k == 5 ? numbered.generate(in) : paragraph.generate(in);
    };
  }

  /** Rich text of one or more blocks. */
  public Gen<RichText> richText() {
    return Gens.listOf(blocks(), 1, config.maxBlocks()).map(RichText::new);
  }

  /** Addresses: absolute https, http or mailto, ASCII, with a host. */
  public Gen<URI> urls() {
    Gen<Integer> scheme = Generate.range(0, 5);
    Gen<String> host = Gens.pick(Words.HOSTS);
    Gen<String> mailbox = Gens.pick(Words.MAILBOXES);
    Gen<List<String>> path = Gens.listOf(Gens.pick(Words.SLUG), 0, 3);
    Gen<Integer> query = Generate.range(0, 4);
    Gen<Integer> page = Generate.range(1, 99);
    return in -> {
      int s = scheme.generate(in);
      String h = host.generate(in);
      if (s == 5) {
        return URI.create("mailto:" + mailbox.generate(in) + "@" + h);
      }
      StringBuilder url = new StringBuilder(s == 4 ? "http://" : "https://").append(h);
      for (String segment : path.generate(in)) {
        url.append('/').append(segment);
      }
      int q = query.generate(in);
      if (q == 3) {
        url.append("?page=").append(page.generate(in));
      } else if (q == 4) {
        url.append("#section-").append(page.generate(in));
      }
      return URI.create(url.toString());
    };
  }
}
