package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.straits.entity.discovery.Discovered;
import org.straits.entity.discovery.Discovery;
import org.straits.index.Fields;

/**
 * The discovered values waiting for review, most documents first, each with a few places it is
 * written. A Chinese person and a romanised one whose pinyin agrees and who are named alongside a
 * common curated entity are offered as one candidate (朱凤莲 with "Zhu Fenglian").
 */
public final class DiscoveredCandidates {
  private static final int CONTEXTS = 3;
  private static final int CONTEXT_CHARS = 70;
  /** Curated entities most often named with a candidate: what cross-script linking compares. */
  private static final int CO_MENTIONS = 5;

  private final SearchEngine engine;

  public DiscoveredCandidates(SearchEngine engine) {
    this.engine = engine;
  }

  /** A document holding a discovered value, as far as a candidate shows it. */
  public record Holder(String id, String title, String body, List<String> discovered, List<String> mentions) {}

  /** The documents holding one discovered value (at most the first {@code 50}) and how many there are. */
  public record Holders(int documents, List<Holder> first) {}

  /** Documents per key looked at to describe a candidate. */
  public static final int HOLDERS = 50;

  /** Where a candidate is written: the text either side of its first mention in one document. */
  public record Context(String docId, String title, String before, String mention, String after) {}

  /**
   * A value to review. {@code keys} are every discovered value it stands for (two when a Chinese
   * and a romanised name were linked); {@code coMentioned} are ids of curated entities named in
   * the same documents, most often first.
   */
  public record Candidate(String key, String dim, String name, String zh, String alias, String type,
      int documents, List<Context> contexts, List<String> keys, List<String> coMentioned) {}

  /** Candidates of {@code dim} (or both dimensions when blank) whose name contains {@code filter}. */
  public List<Candidate> list(String dim, String filter, int limit) throws IOException {
    String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    List<Map.Entry<String, Integer>> keys = engine.discoveredKeys();
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<String, Integer> key : keys) {
      String keyDim = key.getKey().substring(0, key.getKey().indexOf('/'));
      if ((dim == null || dim.isBlank() || dim.equals(keyDim))
          && key.getKey().toLowerCase(Locale.ROOT).contains(needle)) {
        out.add(candidate(key.getKey(), engine.discoveredIn(key.getKey(), HOLDERS).first(), key.getValue()));
      }
      if (out.size() >= limit * 2) {
        break;
      }
    }
    return linked(out).stream().limit(limit).toList();
  }

  /** One candidate by key, or null when no document holds it any more. */
  public Candidate find(String key) throws IOException {
    Holders holders = engine.discoveredIn(key, HOLDERS);
    return holders.documents() == 0 ? null : candidate(key, holders.first(), holders.documents());
  }

  /** Keys of discovered values in {@code reader} with the documents holding each, most first (the embedded engine's). */
  static List<Map.Entry<String, Integer>> keysByDocuments(IndexReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Fields.DISCOVERED_KEY);
    List<Map.Entry<String, Integer>> keys = new ArrayList<>();
    if (terms == null) {
      return keys;
    }
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      keys.add(Map.entry(term.utf8ToString(), it.docFreq()));
    }
    return byDocuments(keys);
  }

  /** Most documents first, then by key. */
  public static List<Map.Entry<String, Integer>> byDocuments(List<Map.Entry<String, Integer>> keys) {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(keys);
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return sorted;
  }

  /** The holders of {@code key} in the embedded engine's snapshot. */
  static Holders holders(IndexSearcher searcher, String key, int limit) throws IOException {
    int documents = searcher.getIndexReader().docFreq(new Term(Fields.DISCOVERED_KEY, key));
    List<Holder> first = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.DISCOVERED_KEY, key)), limit).scoreDocs) {
      Document doc = searcher.storedFields().document(hit.doc);
      List<String> mentions = new ArrayList<>(List.of(doc.getValues(Fields.REGION_IDS)));
      mentions.addAll(List.of(doc.getValues(Fields.ACTOR_IDS)));
      first.add(new Holder(doc.get(Fields.ID), doc.get(Fields.TITLE), doc.get(Fields.BODY),
          List.of(doc.getValues(Fields.DISCOVERED)), mentions));
    }
    return new Holders(documents, first);
  }

  private static Candidate candidate(String key, List<Holder> docs, int documents) {
    String name = key.substring(key.indexOf('/') + 1);
    Discovered value = null;
    List<Context> contexts = new ArrayList<>();
    Map<String, Integer> coMentions = new HashMap<>();
    for (Holder doc : docs) {
      for (String stored : doc.discovered()) {
        Discovered d = Discovered.parse(stored);
        if (d.name().equals(name) && (value == null || value.zh().isEmpty() && !d.zh().isEmpty())) {
          value = d;
        }
      }
      for (String idCount : doc.mentions()) {
        coMentions.merge(idCount.substring(0, idCount.lastIndexOf(':')), 1, Integer::sum);
      }
      if (contexts.size() < CONTEXTS) {
        Context context = context(doc, name, value == null ? "" : value.zh());
        if (context != null) {
          contexts.add(context);
        }
      }
    }
    String dim = key.substring(0, key.indexOf('/'));
    List<String> top = coMentions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(CO_MENTIONS).map(Map.Entry::getKey).toList();
    return new Candidate(key, dim, name, value == null ? "" : value.zh(), value == null ? "" : value.alias(),
        value == null ? "" : value.type().yamlName(), documents, contexts, List.of(key), top);
  }

  private static Context context(Holder doc, String name, String zh) {
    String text = doc.title() + "\n" + doc.body();
    String folded = org.straits.analysis.ChineseFolding.fold(text);
    int at = folded.indexOf(name);
    int length = name.length();
    if (at < 0 && !zh.isEmpty()) {
      at = folded.indexOf(zh);
      length = zh.length();
    }
    if (at < 0) {
      return null;
    }
    int end = at + length;
    return new Context(doc.id(), doc.title(),
        oneLine(text.substring(Math.max(0, at - CONTEXT_CHARS), at)), text.substring(at, end),
        oneLine(text.substring(end, Math.min(text.length(), end + CONTEXT_CHARS))));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** Joins a Chinese person to a romanised one of the same pinyin named with a common entity. */
  static List<Candidate> linked(List<Candidate> candidates) {
    Map<String, Candidate> romanised = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (c.type().equals("person") && c.zh().isEmpty() && !hasHan(c.name())) {
        romanised.putIfAbsent(Discovery.crossScriptKey(c.name()), c);
      }
    }
    Map<String, Candidate> replaced = new HashMap<>();
    List<Candidate> dropped = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!c.type().equals("person") || !hasHan(c.name())) {
        continue;
      }
      Candidate english = romanised.get(Discovery.crossScriptKey(c.name()));
      if (english != null && !replaced.containsKey(english.key())
          && english.coMentioned().stream().anyMatch(Set.copyOf(c.coMentioned())::contains)) {
        List<String> keys = List.of(english.key(), c.key());
        List<Context> contexts = new ArrayList<>(english.contexts());
        contexts.addAll(c.contexts());
        replaced.put(english.key(), new Candidate(english.key(), english.dim(), english.name(), c.name(),
            english.alias(), english.type(), english.documents() + c.documents(), contexts, keys,
            english.coMentioned()));
        dropped.add(c);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!dropped.contains(c)) {
        out.add(replaced.getOrDefault(c.key(), c));
      }
    }
    out.sort(Comparator.comparingInt(Candidate::documents).reversed().thenComparing(Candidate::key));
    return out;
  }

  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
