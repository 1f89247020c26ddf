package org.straits.bench;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.straits.analysis.BilingualAnalyzer;
import org.straits.entity.Entity;
import org.straits.entity.Gazetteer;
import org.straits.index.FacetDims;
import org.straits.ingest.SourceDocument;

/**
 * A fixed, seeded query mix derived from the corpus itself: frequent title words and word pairs in
 * English and Chinese, so every query finds something and the mix follows the corpus when it
 * changes. Besides those, what readers type: two to four words of a headline (all of them
 * required), and a name of a gazetteer entity the titles mention, which the search widens to the
 * entity's other names; the README's examples are added to the reader queries.
 */
public final class QueryMix {
  /** Queries are drawn from this many of the most frequent candidates of each kind. */
  private static final int CANDIDATES = 300;
  private static final int DEEP_PAGE = 20;
  private static final long READER_STREAM = 0x5EADE75L;

  /** Stands for a dropped word, so that word pairs are only made of words adjacent in the title. */
  private static final String SKIPPED = "";

  private final List<String> englishTerms;
  private final List<String> englishPhrases;
  private final List<String> chineseWords;
  private final List<String> chinesePhrases;
  private final Map<String, List<String>> sourcesByLanguage = new HashMap<>();
  private final List<String> englishTitles = new ArrayList<>();
  private final List<String> chineseTitles = new ArrayList<>();
  private final List<Entity> mentionedEntities;

  /** The mix of a corpus; no entity queries beyond the README's (no gazetteer to draw them from). */
  public QueryMix(List<SourceDocument> docs) {
    this(docs, null);
  }

  /** {@code gazetteer} gives the entity queries: entities with other names that the titles mention (may be null). */
  public QueryMix(List<SourceDocument> docs, Gazetteer gazetteer) {
    List<List<String>> english = new ArrayList<>();
    List<List<String>> chinese = new ArrayList<>();
    for (SourceDocument doc : docs) {
      String lang = SyntheticCorpus.languageOf(doc);
      (lang.equals("zh") ? chinese : english).add(lang.equals("zh") ? chineseWords(doc.title()) : englishWords(doc.title()));
      (lang.equals("zh") ? chineseTitles : englishTitles).add(doc.title());
      if (!doc.source().isBlank()) {
        sourcesByLanguage.computeIfAbsent(lang, l -> new ArrayList<>()).add(doc.source());
      }
    }
    englishTerms = frequent(english, 1);
    englishPhrases = frequent(english, 2);
    chineseWords = frequent(chinese, 1);
    chinesePhrases = frequent(chinese, 2);
    mentionedEntities = gazetteer == null ? List.of() : ReaderQueries.mentionedEntities(docs, gazetteer, CANDIDATES);
  }

  /** {@code perKind} queries of every kind, the same ones for the same seed and corpus. */
  public List<BenchQuery> generate(int perKind, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    // The reader kinds draw from a stream of their own, so the older kinds keep their queries.
    SplittableRandom readers = new SplittableRandom(seed ^ READER_STREAM);
    List<BenchQuery> queries = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      boolean chinese = i % 2 == 1;
      String term = pick(chinese ? chineseWords : englishTerms, random);
      queries.add(query(QueryKind.EN_TERM, pick(englishTerms, random)));
      queries.add(query(QueryKind.EN_PHRASE, quoted(pick(englishPhrases, random))));
      queries.add(query(QueryKind.ZH_WORD, pick(chineseWords, random)));
      queries.add(query(QueryKind.ZH_PHRASE, quoted(pick(chinesePhrases, random))));
      queries.add(query(QueryKind.ZH_TRADITIONAL, toTraditional.transliterate(pick(chineseWords, random))));
      String source = pick(sourcesByLanguage.getOrDefault(chinese ? "zh" : "en", List.of("")), random);
      queries.add(new BenchQuery(QueryKind.FILTERED, term, source.isEmpty() ? "" : FacetDims.SOURCE, source, 1));
      queries.add(chinese ? new BenchQuery(QueryKind.BROWSE, "", FacetDims.LANG, "zh", 1)
          : query(QueryKind.BROWSE, ""));
      queries.add(new BenchQuery(QueryKind.DEEP_PAGE, term, "", "", DEEP_PAGE));
      queries.add(query(QueryKind.EN_WORDS, ReaderQueries.englishWords(englishTitles, readers)));
      queries.add(query(QueryKind.ZH_WORDS, ReaderQueries.chineseWords(chineseTitles, readers)));
      queries.add(query(QueryKind.ENTITY, mentionedEntities.isEmpty() ? ReaderQueries.ENTITY_EXAMPLES.get(i % 2)
          : ReaderQueries.nameOf(pick(mentionedEntities, readers), chinese, readers)));
    }
    ReaderQueries.EXAMPLES.forEach((kind, texts) -> texts.forEach(text -> queries.add(query(kind, text))));
    return queries;
  }

  private static BenchQuery query(QueryKind kind, String text) {
    return new BenchQuery(kind, text, "", "", 1);
  }

  private static String quoted(String phrase) {
    return "\"" + phrase + "\"";
  }

  static <T> T pick(List<T> candidates, SplittableRandom random) {
    if (candidates.isEmpty()) {
      throw new IllegalStateException("the corpus gave no query candidates of one kind: it needs English and Chinese titles");
    }
    return candidates.get(random.nextInt(candidates.size()));
  }

  /** The most frequent single words ({@code n}=1) or adjacent word pairs ({@code n}=2), by titles containing them. */
  static List<String> frequent(List<List<String>> titles, int n) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> words : titles) {
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i + n <= words.size(); i++) {
        if (words.subList(i, i + n).contains(SKIPPED)) {
          continue;
        }
        seen.add(n == 1 ? words.get(i) : String.join(isHan(words.get(i)) ? "" : " ", words.subList(i, i + n)));
      }
      seen.forEach(gram -> df.merge(gram, 1, Integer::sum));
    }
    return df.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(CANDIDATES).map(Map.Entry::getKey).toList();
  }

  /** Lower-cased English title words; stop words and words under four letters are {@link #SKIPPED}. */
  static List<String> englishWords(String title) {
    List<String> words = new ArrayList<>();
    for (String word : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{IsLatin}]+")) {
      boolean kept = word.length() >= 4 && !BilingualAnalyzer.englishStopWords().contains(word);
      words.add(kept ? word : SKIPPED);
    }
    return words;
  }

  /** Chinese title words as smartcn segments them; single characters and non-Han tokens are {@link #SKIPPED}. */
  static List<String> chineseWords(String title) {
    List<String> words = new ArrayList<>();
    try (Tokenizer tokenizer = new HMMChineseTokenizer()) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      tokenizer.setReader(new StringReader(title));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        String word = term.toString();
        words.add(word.length() >= 2 && isHan(word) ? word : SKIPPED);
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("segmenting title " + title, e);
    }
    return words;
  }

  private static boolean isHan(String word) {
    return word.codePoints().allMatch(QueryMix::isHan);
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
