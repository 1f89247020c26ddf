package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.straits.index.Fields;

/**
 * Highlighted passages for a page of hits. Snippets come from the body; footnotes are used only
 * when the body has no match, so reference lists never crowd out the text.
 */
final class Snippets {
  static final int BODY_PASSAGES = 3;
  private static final int PASSAGE_LENGTH = 220;
  private static final int MAX_ANALYSED_CHARS = 1_000_000;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Per hit (same order as {@code docIds}): title HTML and snippet HTML. */
  List<Highlight> highlight(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    String[] fields = {Fields.TITLE, Fields.BODY, Fields.NOTES};
    int[] passages = {1, BODY_PASSAGES, 1};
    Query pruned = PageHighlightQuery.prune(searcher, query, docIds);
    Map<String, Object[]> byField = new Highlighter(builder(searcher)).highlight(fields, pruned, docIds, passages);
    List<Highlight> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      String[] title = (String[]) byField.get(Fields.TITLE)[i];
      String[] body = (String[]) byField.get(Fields.BODY)[i];
      String[] notes = (String[]) byField.get(Fields.NOTES)[i];
      result.add(new Highlight(first(title), pick(body, notes)));
    }
    return result;
  }

  /**
   * One plain-text passage per hit (same order as {@code docIds}), no markup: the body's best
   * match, else its opening. For exports, where a snippet is a cell, not HTML.
   */
  List<String> plainPassages(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    UnifiedHighlighter.Builder plain = builder(searcher).withFormatter(new PlainFormatter());
    Query pruned = PageHighlightQuery.prune(searcher, query, docIds);
    Object[] body = new Highlighter(plain).highlight(new String[] {Fields.BODY}, pruned, docIds, new int[] {1})
        .get(Fields.BODY);
    List<String> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      result.add(body.length > i && body[i] != null ? body[i].toString() : "");
    }
    return result;
  }

  /** The passages' own text, whitespace runs made single spaces, joined by an ellipsis. */
  private static final class PlainFormatter extends org.apache.lucene.search.uhighlight.PassageFormatter {
    @Override
    public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      for (var passage : passages) {
        if (text.length() > 0) {
          text.append(" … ");
        }
        text.append(content, passage.getStartOffset(), passage.getEndOffset());
      }
      return text.toString().replaceAll("\\s+", " ").strip();
    }
  }

  private UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
    return Highlighting.builder(searcher, analyzer, MAX_ANALYSED_CHARS)
        .withFormatter(new MarkFormatter())
        .withMaxNoHighlightPassages(1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_LENGTH, 0.5f));
  }

  private static List<String> pick(String[] body, String[] notes) {
    if (hasMark(body) || !hasMark(notes)) {
      return body == null ? List.of() : List.of(body);
    }
    return List.of(notes);
  }

  private static boolean hasMark(String[] snippets) {
    if (snippets == null) {
      return false;
    }
    for (String snippet : snippets) {
      if (snippet.contains("<mark>")) {
        return true;
      }
    }
    return false;
  }

  private static String first(String[] snippets) {
    return snippets == null || snippets.length == 0 ? "" : snippets[0];
  }

  /** Highlighted title (HTML, may be "") and snippets (HTML). */
  record Highlight(String titleHtml, List<String> snippets) {}

  /** Exposes the per-field object results, since our formatter returns one string per passage. */
  private static final class Highlighter extends Highlighting.PostingsHighlighter {
    Highlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] passages)
        throws IOException {
      return docIds.length == 0 ? emptyResult(fields) : highlightFieldsAsObjects(fields, query, docIds, passages);
    }

    private static Map<String, Object[]> emptyResult(String[] fields) {
      Map<String, Object[]> empty = new HashMap<>();
      for (String field : fields) {
        empty.put(field, new Object[0]);
      }
      return empty;
    }
  }
}
