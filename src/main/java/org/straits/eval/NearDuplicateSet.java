package org.straits.eval;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.straits.ingest.SourceDocument;

/**
 * A labelled near-duplicate set built from a real corpus: sampled originals, edited copies of each
 * (title edited; a paragraph dropped; a paragraph from another story added; another source; a
 * simplified text converted to traditional with ICU's Simplified-Traditional transform), and, as
 * true non-duplicates, the stories of the corpus on the same topic (most title words in common).
 * Copies keep the original's date: a repost is published close to the original.
 */
public final class NearDuplicateSet {
  /** A document of the set and the original it derives from (its own id for an original or a neighbour). */
  public record Item(SourceDocument doc, String origin, String edit) {}

  private NearDuplicateSet() {}

  public static List<Item> build(List<SourceDocument> corpus, int originals, int neighbours, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SourceDocument> eligible = corpus.stream().filter(d -> d.body().length() >= 200 && d.date() != null).toList();
    List<SourceDocument> picked = new ArrayList<>();
    Set<String> used = new HashSet<>();
    while (picked.size() < originals && used.size() < eligible.size()) {
      SourceDocument d = eligible.get(random.nextInt(eligible.size()));
      if (used.add(d.id())) {
        picked.add(d);
      }
    }
    List<Titled> titled = corpus.stream().filter(d -> d.body().length() >= 200)
        .map(d -> new Titled(d, titleTokens(d.title()))).toList();
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    List<Item> items = new ArrayList<>();
    for (SourceDocument original : picked) {
      items.add(new Item(original, original.id(), "original"));
      SourceDocument filler = eligible.get(random.nextInt(eligible.size()));
      items.add(copy(original, "title", editTitle(original), original.body(), original.source()));
      items.add(copy(original, "drop", original.title(), dropParagraph(original.body()), original.source()));
      items.add(copy(original, "add", original.title(), addParagraph(original.body(), filler.body()), original.source()));
      items.add(copy(original, "source", editTitle(original), dropParagraph(original.body()), "Repost Wire"));
      if (isChinese(original)) {
        items.add(copy(original, "traditional", toTraditional.transliterate(original.title()),
            toTraditional.transliterate(original.body()), original.source()));
      }
      for (SourceDocument near : sameTopic(original, titled, neighbours, used)) {
        items.add(new Item(near, near.id(), "same-topic"));
      }
    }
    return items;
  }

  private static Item copy(SourceDocument o, String edit, String title, String body, String source) {
    SourceDocument doc = new SourceDocument(o.id() + "~" + edit, o.file(), title, body, "", o.date(),
        o.authors(), o.editors(), source, "", o.lang());
    return new Item(doc, o.id(), edit);
  }

  private static String editTitle(SourceDocument d) {
    return isChinese(d) ? "【转载】" + d.title() + "（附视频）" : "UPDATED: " + d.title() + " – report";
  }

  /** Drops the middle paragraph; a one-paragraph text loses its last sentence instead. */
  static String dropParagraph(String body) {
    List<String> paragraphs = paragraphs(body);
    if (paragraphs.size() >= 3) {
      paragraphs.remove(paragraphs.size() / 2);
      return String.join("\n\n", paragraphs);
    }
    int cut = Math.max(body.lastIndexOf('。', body.length() - 2), body.lastIndexOf(". ", body.length() - 3));
    return cut > body.length() / 2 ? body.substring(0, cut + 1) : body.substring(0, body.length() * 4 / 5);
  }

  /** Adds a paragraph of another story, a fifth of this text's length at most. */
  static String addParagraph(String body, String other) {
    String extra = paragraphs(other).get(0);
    int limit = Math.max(40, body.length() / 5);
    return body + "\n\n" + (extra.length() > limit ? extra.substring(0, limit) : extra);
  }

  private static List<String> paragraphs(String body) {
    return new ArrayList<>(Arrays.stream(body.split("\n\\s*\n|\n")).map(String::strip).filter(p -> !p.isEmpty()).toList());
  }

  private static boolean isChinese(SourceDocument d) {
    return d.lang().equals("zh") || d.title().codePoints().anyMatch(Character::isIdeographic);
  }

  private record Titled(SourceDocument doc, Set<String> tokens) {}

  /** The stories with the most title tokens (words, or Han characters) in common: same topic, other story. */
  private static List<SourceDocument> sameTopic(SourceDocument original, List<Titled> corpus, int n, Set<String> used) {
    Set<String> words = titleTokens(original.title());
    record Scored(SourceDocument doc, int overlap) {}
    return corpus.stream()
        .filter(t -> !t.doc().id().equals(original.id()) && t.doc().lang().equals(original.lang()))
        .map(t -> new Scored(t.doc(), overlap(words, t.tokens())))
        .filter(s -> s.overlap() >= 2)
        .sorted(Comparator.comparingInt((Scored s) -> -s.overlap()).thenComparing(s -> s.doc().id()))
        .map(Scored::doc)
        .filter(d -> !used.contains(d.id()))
        .limit(n)
        .peek(d -> used.add(d.id()))
        .toList();
  }

  private static Set<String> titleTokens(String title) {
    Set<String> tokens = new HashSet<>();
    for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.codePoints().anyMatch(Character::isIdeographic)) {
        w.codePoints().forEach(c -> tokens.add(new String(Character.toChars(c))));
      } else if (w.length() > 3) {
        tokens.add(w);
      }
    }
    return tokens;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : b) {
      if (a.contains(s)) {
        n++;
      }
    }
    return n;
  }
}
