package org.straits.bench;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.straits.analysis.LanguageGuesser;
import org.straits.ingest.SourceDocument;

/**
 * Scales a real corpus to any size, deterministically from a seed. Each synthetic document copies
 * the metadata of a real one (source, authors, a date moved by up to half a year) and gets a body
 * of the same length recombined from real passages of the same language, so lengths, vocabulary
 * and entity mentions stay realistic while the text is new. A share of the Chinese documents is
 * converted to traditional characters, which the real corpora lack.
 */
public final class SyntheticCorpus {
  /** Sentence ends, after which a passage may be cut. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s*|\\n+");
  private static final int PASSAGE_CHARS_EN = 400;
  private static final int PASSAGE_CHARS_ZH = 150;
  private static final int MAX_DATE_SHIFT_DAYS = 180;

  private final List<SourceDocument> templates;
  private final Map<String, List<String>> passages = new HashMap<>();
  private final Map<String, List<String>> titles = new HashMap<>();
  private final Map<String, String> traditionalPassages = new HashMap<>();
  private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");

  public SyntheticCorpus(List<SourceDocument> real) {
    if (real.isEmpty()) {
      throw new IllegalArgumentException("a synthetic corpus needs at least one real document to draw from");
    }
    this.templates = List.copyOf(real);
    for (SourceDocument doc : real) {
      String lang = languageOf(doc);
      passages.computeIfAbsent(lang, l -> new ArrayList<>()).addAll(split(doc.body(), lang));
      titles.computeIfAbsent(lang, l -> new ArrayList<>()).add(doc.title());
    }
  }

  /** {@code size} documents; the same seed always gives the same documents. */
  public List<SourceDocument> generate(int size, long seed, double traditionalShare) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SourceDocument> docs = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      docs.add(document(i, random, traditionalShare));
    }
    return docs;
  }

  private SourceDocument document(int number, SplittableRandom random, double traditionalShare) {
    SourceDocument template = templates.get(random.nextInt(templates.size()));
    String lang = languageOf(template);
    boolean traditional = lang.equals("zh") && random.nextDouble() < traditionalShare;
    List<String> sameLanguageTitles = titles.get(lang);
    String title = sameLanguageTitles.get(random.nextInt(sameLanguageTitles.size()));
    String body = body(lang, template.body().length(), random, traditional);
    var date = template.date() == null ? null
        : template.date().plusDays(random.nextInt(-MAX_DATE_SHIFT_DAYS, MAX_DATE_SHIFT_DAYS + 1));
    return new SourceDocument("syn-" + number, "", traditional ? toTraditional.transliterate(title) : title,
        body, "", date, template.authors(), List.of(), template.source(), "", lang);
  }

  private String body(String lang, int targetChars, SplittableRandom random, boolean traditional) {
    List<String> pool = passages.get(lang);
    String separator = lang.equals("zh") ? "" : " ";
    StringBuilder body = new StringBuilder(targetChars + PASSAGE_CHARS_EN);
    while (body.length() < Math.max(1, targetChars)) {
      String passage = pool.get(random.nextInt(pool.size()));
      if (traditional) {
        passage = traditionalPassages.computeIfAbsent(passage, toTraditional::transliterate);
      }
      if (!body.isEmpty()) {
        body.append(separator);
      }
      body.append(passage);
    }
    return body.toString();
  }

  /** Consecutive sentences grouped into passages of about a paragraph. */
  static List<String> split(String text, String lang) {
    int target = lang.equals("zh") ? PASSAGE_CHARS_ZH : PASSAGE_CHARS_EN;
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String sentence : SENTENCE_END.split(text)) {
      if (sentence.isBlank()) {
        continue;
      }
      if (!current.isEmpty() && lang.equals("en")) {
        current.append(' ');
      }
      current.append(sentence.strip());
      if (current.length() >= target) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString());
    }
    return out;
  }

  static String languageOf(SourceDocument doc) {
    String guessed = doc.lang().isBlank() ? LanguageGuesser.guess(doc.title() + "\n" + doc.body()) : doc.lang();
    return guessed.equals("zh") ? "zh" : "en";
  }
}
