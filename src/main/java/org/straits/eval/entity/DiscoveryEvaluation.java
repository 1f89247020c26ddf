package org.straits.eval.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.straits.entity.EntityMatcher;
import org.straits.entity.discovery.Discovered;
import org.straits.entity.discovery.Discovery;

/**
 * How well discovery finds what the gazetteer lacks. Recall: Guardian tags the classifier takes
 * for a person or organisation the gazetteer does not know, that the article writes as a name of
 * its own ({@link TagInText}): the share that is a discovered value (name or defined acronym, any
 * case) of that article. Precision: a
 * seeded sample of discovered values, half from Guardian (English) and half from CCTV (Chinese)
 * articles, joined with a reader's judgements.
 */
public final class DiscoveryEvaluation {
  private final EntityMatcher matcher;
  private final Discovery discovery;
  private final TagRecall tags;

  public DiscoveryEvaluation(EntityMatcher matcher, Discovery discovery, TagRecall tags) {
    this.matcher = matcher;
    this.discovery = discovery;
    this.tags = tags;
  }

  /** A value found in a document, with the first place it is written, for a judge. */
  public record Item(String docId, String key, Discovered value, String context) {
    public Assignment assignment() {
      return new Assignment(docId, key);
    }
  }

  /** Recall figures and the judged sample. */
  public record Report(Ratio recall, List<TagCount> missed, List<Pair> pairs, long englishValues,
      long chineseValues, List<Item> sample, PrecisionTally precision) {}

  /** A tag that counts for recall, whether it is a discovered value of its article, where it is written. */
  public record Pair(String docId, String tag, boolean found, String context) {}

  public Report evaluate(List<Article> guardian, Map<String, List<String>> tagsById,
      List<Article> cctv, long seed, int sampleSize, List<Judgement> judgements) {
    Map<String, List<Item>> english = discover(guardian);
    Map<String, List<Item>> chinese = discover(cctv);
    long pairs = 0;
    long hits = 0;
    Map<String, Integer> missed = new LinkedHashMap<>();
    List<Pair> counted = new ArrayList<>();
    Map<String, String> textById = guardian.stream()
        .collect(Collectors.toMap(Article::id, Article::text, (a, b) -> a));
    for (Map.Entry<String, List<String>> tagged : tagsById.entrySet()) {
      String text = textById.get(tagged.getKey());
      if (text == null) {
        continue;
      }
      Set<String> found = english.getOrDefault(tagged.getKey(), List.of()).stream()
          .flatMap(i -> java.util.stream.Stream.of(i.value().name(), i.value().alias()))
          .map(Discovery::key).collect(Collectors.toSet());
      for (String tag : Set.copyOf(tagged.getValue())) {
        int at = TagInText.firstAsName(text, tag);
        if (tags.verdict(tag).tagClass() != TagClassifier.TagClass.UNKNOWN_ENTITY || at < 0) {
          continue;
        }
        pairs++;
        boolean hit = TagInText.forms(tag).stream().anyMatch(form -> found.contains(Discovery.key(form)));
        if (hit) {
          hits++;
        } else {
          missed.merge(tag, 1, Integer::sum);
        }
        counted.add(new Pair(tagged.getKey(), tag, hit, around(text, at, tag.length())));
      }
    }
    List<Item> sample = new ArrayList<>(sampleOf(english, seed, sampleSize / 2));
    sample.addAll(sampleOf(chinese, seed, sampleSize - sampleSize / 2));
    return new Report(new Ratio(hits, pairs), TagRecall.byCount(missed, 40), counted, size(english),
        size(chinese), sample,
        PrecisionTally.of(sample.stream().map(Item::assignment).toList(), judgements));
  }

  private Map<String, List<Item>> discover(List<Article> articles) {
    Map<String, List<Item>> byDoc = new LinkedHashMap<>();
    for (Article article : articles) {
      String text = article.text();
      List<Item> items = new ArrayList<>();
      for (Discovered d : discovery.find(text, matcher.claimedSpans(text))) {
        items.add(new Item(article.id(), d.key(), d, context(text, d)));
      }
      byDoc.put(article.id(), items);
    }
    return byDoc;
  }

  private static List<Item> sampleOf(Map<String, List<Item>> byDoc, long seed, int size) {
    List<Item> all = byDoc.values().stream().flatMap(List::stream).toList();
    return SeededSample.of(all, i -> i.docId() + "\t" + i.key(), seed, size);
  }

  private static long size(Map<String, List<Item>> byDoc) {
    return byDoc.values().stream().mapToLong(List::size).sum();
  }

  /** The first place the name (or its Chinese form) is written, with some text either side. */
  static String context(String text, Discovered d) {
    String folded = org.straits.analysis.ChineseFolding.fold(text);
    int at = folded.indexOf(d.name());
    String written = d.name();
    if (at < 0 && !d.zh().isEmpty()) {
      at = folded.indexOf(d.zh());
      written = d.zh();
    }
    if (at < 0) {
      return "";
    }
    return around(text, at, written.length());
  }

  private static String around(String text, int at, int length) {
    int end = at + length;
    return MentionContext.oneLine(text.substring(Math.max(0, at - 80), at) + "[[" + text.substring(at, end)
        + "]]" + text.substring(end, Math.min(text.length(), end + 80)));
  }

  /** The tags recall counts, one line per (article, tag), found or not, for reading why one was missed. */
  public static String recallTsv(Report report) {
    StringBuilder out = new StringBuilder("article_id\ttag\tfound\tcontext\n");
    for (Pair pair : report.pairs()) {
      out.append(pair.docId()).append('\t').append(pair.tag()).append('\t').append(pair.found() ? "yes" : "no")
          .append('\t').append(pair.context()).append('\n');
    }
    return out.toString();
  }

  /** The sample as a file to judge: one line per item, with any judgement already made. */
  public static String sampleTsv(Report report, List<Judgement> judgements) {
    Map<Assignment, Judgement> byItem = new LinkedHashMap<>();
    judgements.forEach(j -> byItem.put(j.assignment(), j));
    StringBuilder out = new StringBuilder("article_id\tvalue_key\ttype\tzh\talias\tcount\tcorrect\twhy\tcontext\n");
    for (Item item : report.sample()) {
      Judgement j = byItem.get(item.assignment());
      Discovered d = item.value();
      out.append(item.docId()).append('\t').append(item.key()).append('\t').append(d.type().yamlName())
          .append('\t').append(d.zh()).append('\t').append(d.alias()).append('\t').append(d.count())
          .append('\t').append(j == null ? "unjudged" : j.correct() ? "yes" : "no").append('\t')
          .append(j == null ? "" : j.why()).append('\t').append(item.context()).append('\n');
    }
    return out.toString();
  }
}
