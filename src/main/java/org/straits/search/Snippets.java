package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
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

  /** The fields a hit's highlight shows, in order: title, body, notes. */
  private static final String[] SHOWN = {Fields.TITLE, Fields.BODY, Fields.NOTES};
  /** The stored fields snippets are made of: a hit's stored document must hold them ({@link #highlight}). */
  static final Set<String> FIELDS = Set.of(SHOWN);

  /**
   * Per hit (same order as {@code docIds}): title HTML and snippet HTML. {@code stored} are the
   * hits' stored documents (same order) with at least {@link #FIELDS}: the caller reads each hit
   * once for what it shows and what is highlighted, instead of the highlighter reading (and
   * decompressing) it a second time.
   */
  List<Highlight> highlight(IndexSearcher searcher, Query query, int[] docIds, Document[] stored) throws IOException {
    int[] passages = {1, BODY_PASSAGES, 1};
    Map<Integer, Document> byDoc = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      byDoc.put(docIds[i], stored[i]);
    }
    Query pruned = PageHighlightQuery.prune(searcher, query, docIds);
    Map<String, Object[]> byField = new Highlighter(builder(searcher, QueryHanWords.of(pruned)), byDoc)
        .highlight(SHOWN, pruned, docIds, passages);
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
    UnifiedHighlighter.Builder plain = builder(searcher, Set.of()).withFormatter(new PlainFormatter());
    Query pruned = PageHighlightQuery.prune(searcher, query, docIds);
    Object[] body = new Highlighter(plain, Map.of()).highlight(new String[] {Fields.BODY}, pruned, docIds, new int[] {1})
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

  private UnifiedHighlighter.Builder builder(IndexSearcher searcher, Set<String> hanWords) {
    return Highlighting.builder(searcher, analyzer, MAX_ANALYSED_CHARS)
        .withFormatter(new MarkFormatter(hanWords))
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

  /**
   * Exposes the per-field object results, since our formatter returns one string per passage; reads
   * the field values from the documents already loaded when it has them.
   */
  private static final class Highlighter extends Highlighting.PostingsHighlighter {
    private final Map<Integer, Document> loaded;

    Highlighter(Builder builder, Map<Integer, Document> loaded) {
      super(builder);
      this.loaded = loaded;
    }

    /** As Lucene's own loading (values of a field joined by its separator, cut at the maximum length), from {@code loaded}. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      if (loaded.isEmpty()) {
        return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
      }
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        Document stored = loaded.get(doc);
        if (stored == null) {
          throw new IllegalStateException("document " + doc + " was not loaded for highlighting");
        }
        CharSequence[] byField = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          byField[f] = joined(stored.getValues(fields[f]));
        }
        values.add(byField);
      }
      return values;
    }

    private CharSequence joined(String[] values) {
      if (values.length == 0) {
        return null;
      }
      int max = getMaxLength();
      StringBuilder joined = null;
      String first = values[0].substring(0, Math.min(max, values[0].length()));
      for (int i = 1; i < values.length; i++) {
        int budget = max - (joined == null ? first.length() : joined.length());
        if (budget <= 0) {
          break;
        }
        if (joined == null) {
          joined = new StringBuilder(first.length() + Math.min(budget, values[i].length() + 256)).append(first);
        }
        joined.append(MULTIVAL_SEP_CHAR).append(values[i], 0, Math.min(budget - 1, values[i].length()));
      }
      return joined == null ? first : joined;
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
