package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's postings offset strategy for one field over one page of hits, with what it opens kept
 * for the page: Lucene seeks every query term in the terms dictionary and opens a new postings
 * enum (with offsets) for every term, field and hit, and builds every span query's weight and
 * scorer again for every hit (docs/benchmarks.md, "The median, round two"). The highlighter
 * visits a field's hits in ascending doc id order, so here each term is sought once per segment
 * and its enum advanced from hit to hit, and each span query's scorer is built once per segment.
 * The offsets read for a hit are the same, in the same order, as Lucene's, so the passages and
 * marks are too.
 *
 * <p>Lucene also highlights a masked field twice (its own strategy among the masked fields', and
 * again as the original field); {@link #twin()} gives the second one the offsets read for the
 * first instead of reading them again.
 */
final class PageOffsets extends FieldOffsetStrategy {
  private final BytesRef[] terms;
  private LeafReader leafReader;
  private Terms leafTerms;
  private PostingsEnum[] postings;
  private PageSpans spans;
  /** What the last hit's offsets were, for the twin: the doc, its reader and its enums' data. */
  private int lastDoc = -1;
  private LeafReader lastReader;
  private List<OffsetArrays> lastOffsets = List.of();

  PageOffsets(UHComponents components) {
    super(components);
    this.terms = components.phraseHelper().hasPositionSensitivity()
        ? components.phraseHelper().getAllPositionInsensitiveTerms() : components.terms();
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return UnifiedHighlighter.OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
    if (reader != leafReader || docId <= lastDoc) {
      // A new segment, or (never from the highlighter, which goes in doc id order) a step back.
      open(reader);
    }
    List<OffsetArrays> found = new ArrayList<>();
    if (leafTerms != null) {
      termOffsets(docId, found);
      if (spans != null) {
        spans.offsets(docId, found);
      }
    }
    lastReader = reader;
    lastDoc = docId;
    lastOffsets = found;
    return combined(found);
  }

  /** The same field's strategy once more: the offsets this one read for the same hit, replayed. */
  FieldOffsetStrategy twin() {
    PageOffsets first = this;
    return new FieldOffsetStrategy(components) {
      @Override
      public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
      }

      @Override
      public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
        if (reader != first.lastReader || docId != first.lastDoc) {
          throw new IllegalStateException("the twin of field '" + getField() + "' was asked for doc " + docId
              + " before its first strategy");
        }
        List<OffsetArrays> replayed = new ArrayList<>(first.lastOffsets.size());
        first.lastOffsets.forEach(offsets -> replayed.add(offsets.replay()));
        return combined(replayed);
      }
    };
  }

  /** As Lucene combines a hit's enums: none, the one, or a merge of them. */
  private static OffsetsEnum combined(List<? extends OffsetsEnum> enums) throws IOException {
    return switch (enums.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> enums.get(0);
      default -> new OffsetsEnum.MultiOffsetsEnum(new ArrayList<>(enums));
    };
  }

  private void open(LeafReader reader) throws IOException {
    leafReader = reader;
    leafTerms = reader.terms(getField());
    postings = null;
    spans = leafTerms != null && components.phraseHelper().hasPositionSensitivity()
        ? new PageSpans(reader, components) : null;
    if (leafTerms == null || terms.length == 0) {
      return;
    }
    postings = new PostingsEnum[terms.length];
    TermsEnum termsEnum = leafTerms.iterator();
    for (int i = 0; i < terms.length; i++) {
      if (termsEnum.seekExact(terms[i])) {
        postings[i] = termsEnum.postings(null, PostingsEnum.OFFSETS);
        if (postings[i] == null) {
          throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
        }
      }
    }
  }

  /** The position-insensitive terms the hit holds, in the terms' order, as Lucene lists them. */
  private void termOffsets(int docId, List<OffsetArrays> found) throws IOException {
    if (postings == null) {
      return;
    }
    for (int i = 0; i < terms.length; i++) {
      PostingsEnum enumerated = postings[i];
      if (enumerated == null) {
        continue;
      }
      int at = enumerated.docID() < docId ? enumerated.advance(docId) : enumerated.docID();
      if (at == docId) {
        found.add(OffsetArrays.of(terms[i], enumerated));
      }
    }
  }
}
