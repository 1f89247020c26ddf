package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.MultiFieldsOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.Fields;

/**
 * The page's offsets read once ({@link PageOffsets}: postings and span scorers kept per segment,
 * a masked field's second strategy replayed) give the highlighter exactly what Lucene's own
 * postings strategy gives it: for every query, hit and field the same passages with the same
 * scores, the same matches with their terms and frequencies, in the same order. Real index on
 * disk in two segments, the built-in gazetteer's entity widening (span phrases with gaps and
 * exclusions), English and Chinese.
 */
class PageOffsetsTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static App app;
  static IndexView index;

  private static final List<String> QUERIES = List.of("Kinmen", "coast guard", "\"coast guard\"", "Taiwan",
      "Taiwan relations", "Kinmen coast guard", "China", "台湾", "两岸关系", "两岸 融合发展", "電腦", "台湾 问题",
      "中国海警", "National People's Congress", "relation OR archipelago", "computers", "inspect*", "US policy",
      "渔民", "Xi Jinping visit", "fishermen harbour", "\"cross-strait relations\"", "南海", "巡航 台湾");

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.writeCorpus(source);
    Fixtures.write(source, "zh/taiwan.jsonl", """
        {"id":"zh:strait","title":"海峡局势","body":"台湾海峡今天风平浪静。台湾的渔民一早出海捕鱼。","date":"2024-03-01","source":"CCTV","lang":"zh"}
        {"id":"zh:fishing","title":"渔业新闻","body":"台湾的渔民一早出海捕鱼，傍晚回港。两岸融合发展。","date":"2024-03-02","source":"CCTV","lang":"zh"}
        """);
    app = Fixtures.builtInGazetteerApp(source, indexDir);
    Fixtures.indexCleanly(app, source);
    // A second batch, a second segment: enums and scorers are kept per segment and must start afresh.
    Fixtures.write(source, "more/batch.jsonl", batch());
    Fixtures.indexCleanly(app, source);
    index = app.openIndex();
  }

  /** Thirty documents reusing the queries' words in varying order, some with footnote-like notes. */
  private static String batch() {
    String[] english = {"The Kinmen coast guard met the China Coast Guard.", "Taiwan relations with the US were tense.",
        "Xi Jinping began a visit; fishermen returned to harbour.", "The National People's Congress and its Standing "
            + "Committee met.", "Computers and the archipelago: cross-strait relations, an inspection.",
        "US policy on Taiwan. Coast guard patrols near Kinmen, Kinmen island and Quemoy."};
    String[] chinese = {"台湾问题是中国的内政。", "中国海警在南海开展巡航，台湾渔民出海。", "两岸关系和平发展，两岸融合发展。",
        "台湾海峡风平浪静，金门也受到关注。", "电脑产业合作加强，台湾同胞。"};
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      boolean zh = i % 2 == 1;
      String[] texts = zh ? chinese : english;
      String body = texts[i % texts.length] + " " + texts[(i * 7 + 3) % texts.length] + " " + texts[(i + 2) % texts.length];
      String title = texts[(i * 3) % texts.length];
      lines.append("{\"id\":\"batch:").append(i).append("\",\"title\":\"").append(title.replace("\"", ""))
          .append("\",\"body\":\"").append(body.replace("\"", "")).append("\",\"date\":\"2024-0")
          .append(1 + i % 9).append("-1").append(i % 10).append("\",\"source\":\"").append(zh ? "CCTV" : "Guardian")
          .append("\",\"lang\":\"").append(zh ? "zh" : "en").append("\"}\n");
    }
    return lines.toString();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void everyPassageAndMatchIsLucenesOwn() throws IOException {
    UserQueryParser parser = new UserQueryParser(app.analyzer(), app.entityNames());
    index.read((searcher, state) -> {
      assertTrue(searcher.getIndexReader().leaves().size() >= 2, "two segments");
      int compared = 0;
      int pageStrategies = 0;
      for (String text : QUERIES) {
        UserQueryParser.ParsedQuery parsed = parser.parse(text);
        int[] docIds = Arrays.stream(searcher.search(parsed.query(), 12).scoreDocs).mapToInt(d -> d.doc).toArray();
        Query highlight = parsed.highlight();
        String[] fields = {Fields.TITLE, Fields.BODY, Fields.NOTES};
        int[] passages = {1, 3, 1};
        Dump product = new Dump(builder(searcher), false);
        Map<String, Object[]> pageOffsets = product.dump(fields, highlight, docIds, passages);
        pageStrategies += product.pageStrategies;
        Map<String, Object[]> lucenes = new Dump(builder(searcher), true).dump(fields, highlight, docIds, passages);
        for (String field : fields) {
          assertEquals(Arrays.asList(lucenes.get(field)), Arrays.asList(pageOffsets.get(field)), text + " in " + field);
          compared += (int) Arrays.stream(lucenes.get(field)).filter(o -> o != null && o.toString().contains("match")).count();
        }
      }
      assertTrue(compared > 40, "the queries matched and were compared: " + compared);
      assertTrue(pageStrategies > QUERIES.size(), "the product's strategies were the page's: " + pageStrategies);
      return null;
    });
  }

  private static UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
    return Highlighting.builder(searcher, app.analyzer(), 1_000_000).withFormatter(new PassageDump())
        .withMaxNoHighlightPassages(1);
  }

  /** Every passage as the highlighter scored it: offsets, score, and each match with its term and frequency. */
  private static final class PassageDump extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<String> out = new ArrayList<>();
      for (Passage passage : passages) {
        StringBuilder line = new StringBuilder().append(passage.getStartOffset()).append('-')
            .append(passage.getEndOffset()).append(" score ").append(passage.getScore());
        for (int i = 0; i < passage.getNumMatches(); i++) {
          line.append(" match ").append(passage.getMatchStarts()[i]).append('-').append(passage.getMatchEnds()[i])
              .append(' ').append(passage.getMatchTerms()[i].utf8ToString()).append('/')
              .append(passage.getMatchTermFreqsInDoc()[i]);
        }
        out.add(line.toString());
      }
      return out.toString();
    }
  }

  /**
   * The product's highlighter, or with {@code lucenes} Lucene's own strategies in Lucene's own
   * arrangement (its {@code getFieldHighlighter} and postings strategy as shipped) on the same
   * settings: what the product's was before the page's offsets were read once.
   */
  private static final class Dump extends Highlighting.PostingsHighlighter {
    private final boolean lucenes;
    int pageStrategies;

    Dump(Builder builder, boolean lucenes) {
      super(builder);
      this.lucenes = lucenes;
    }

    Map<String, Object[]> dump(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, passages);
    }

    @Override
    protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
      if (!lucenes) {
        return super.getFieldHighlighter(field, query, allTerms, maxPassages);
      }
      List<FieldOffsetStrategy> strategies = new ArrayList<>();
      for (String masked : getMaskedFields(field)) {
        UHComponents components = getHighlightComponents(masked, query, allTerms);
        strategies.add(getOffsetStrategy(getOptimizedOffsetSource(components), components));
      }
      UHComponents components = getHighlightComponents(field, query, allTerms);
      strategies.add(getOffsetStrategy(getOptimizedOffsetSource(components), components));
      return newFieldHighlighter(field, new MultiFieldsOffsetStrategy(strategies),
          new SplittingBreakIterator(getBreakIterator(field), UnifiedHighlighter.MULTIVAL_SEP_CHAR), getScorer(field),
          maxPassages, getMaxNoHighlightPassages(field), getFormatter(field), getPassageSortComparator(field));
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
      if (lucenes && offsetSource == OffsetSource.POSTINGS) {
        return new PostingsOffsetStrategy(components);
      }
      FieldOffsetStrategy strategy = super.getOffsetStrategy(offsetSource, components);
      pageStrategies += strategy instanceof PageOffsets ? 1 : 0;
      return strategy;
    }
  }
}
