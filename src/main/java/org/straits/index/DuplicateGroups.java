package org.straits.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.straits.analysis.DistinctiveContent;
import org.straits.analysis.NearDuplicateSignature;

/**
 * Keeps the groups of versions of one story right in the embedded index, just before a commit
 * ({@link StoryGrouping} has the rules): members are read from doc values, candidates from the
 * band terms, and only two numeric doc-values fields change in place (group, hidden).
 */
public final class DuplicateGroups implements StoryGrouping.Documents {
  /** The group of a document with no other version (yet). */
  public static final long UNGROUPED = StoryGrouping.UNGROUPED;
  /** Versions of one story are published within this many days of each other. */
  public static final long MAX_DAYS_APART = StoryGrouping.MAX_DAYS_APART;

  private final DirectoryReader reader;
  private StoredFields stored;

  private DuplicateGroups(DirectoryReader reader) {
    this.reader = reader;
  }

  /** Groups what is new in {@code writer} and fixes representatives; changes are part of its next commit. */
  public static void update(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      DuplicateGroups groups = new DuplicateGroups(reader);
      List<StoryGrouping.Member> members = new ArrayList<>();
      if (groups.readMembers(members)) {
        StoryGrouping.update(members, groups, new StoryGrouping.Changes() {
          @Override
          public void group(String id, long group) throws IOException {
            writer.updateNumericDocValue(new Term(Fields.ID, id), Fields.DUP_GROUP, group);
          }

          @Override
          public void hidden(String id, boolean hidden) throws IOException {
            writer.updateNumericDocValue(new Term(Fields.ID, id), Fields.DUP_HIDDEN, hidden ? 1 : 0);
          }
        });
      }
    }
  }

  /** Groups an index on disk that was built without grouping, and commits (to time the pass on its own). */
  public static void updateAndCommit(java.nio.file.Path indexDir) throws IOException {
    try (var dir = org.apache.lucene.store.FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      update(writer);
      writer.commit();
    }
  }

  /** Reads every live document's group fields; false when the index has none (detection off). */
  private boolean readMembers(List<StoryGrouping.Member> members) throws IOException {
    boolean any = false;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      NumericDocValues group = r.getNumericDocValues(Fields.DUP_GROUP);
      if (group == null) {
        continue;
      }
      any = true;
      NumericDocValues hidden = r.getNumericDocValues(Fields.DUP_HIDDEN);
      NumericDocValues day = r.getNumericDocValues(Fields.DATE_DAY);
      NumericDocValues indexedAt = r.getNumericDocValues(Fields.INDEXED_AT);
      Bits live = r.getLiveDocs();
      for (int doc = group.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = group.nextDoc()) {
        if (live == null || live.get(doc)) {
          members.add(new StoryGrouping.Member(leaf.docBase + doc, group.longValue(), value(hidden, doc, 0) == 1,
              value(day, doc, StoryGrouping.UNDATED), value(indexedAt, doc, 0)));
        }
      }
    }
    return any;
  }

  private static long value(NumericDocValues values, int doc, long missing) throws IOException {
    return values != null && values.advanceExact(doc) ? values.longValue() : missing;
  }

  /** One pass over the band terms; a band's frequency counts deleted documents until a merge, as before. */
  @Override
  public void forEachBand(StoryGrouping.BandVisitor band) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Fields.DUP_BAND);
    if (terms == null) {
      return;
    }
    Bits live = MultiBits.getLiveDocs(reader);
    TermsEnum each = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      if (each.docFreq() < 2 || each.docFreq() > StoryGrouping.MAX_BAND_DOCS) {
        continue;
      }
      postings = each.postings(postings, PostingsEnum.NONE);
      List<Integer> sharing = new ArrayList<>();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          sharing.add(doc);
        }
      }
      band.visit(each.docFreq(), sharing);
    }
  }

  @Override
  public NearDuplicateSignature signature(int doc) throws IOException {
    BytesRef bytes = storedFields().document(doc, Set.of(Fields.DUP_SIGNATURE)).getBinaryValue(Fields.DUP_SIGNATURE);
    return NearDuplicateSignature.fromBytes(Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
  }

  @Override
  public String id(int doc) throws IOException {
    return storedFields().document(doc, Set.of(Fields.ID)).get(Fields.ID);
  }

  /** Title and body as {@link DistinctiveContent} tokens, for the check after MinHash. */
  @Override
  public DistinctiveContent.Tokens content(int doc) throws IOException {
    var fields = storedFields().document(doc, Set.of(Fields.TITLE, Fields.BODY));
    return DistinctiveContent.of(fields.get(Fields.TITLE), fields.get(Fields.BODY));
  }

  /** Document frequencies from this index's own terms: Han bigrams of body_cjk, words of body. */
  @Override
  public DistinctiveContent.Frequencies frequencies() throws IOException {
    TermsEnum han = termsOf(StoryGrouping.HAN_FREQUENCIES);
    TermsEnum words = termsOf(StoryGrouping.WORD_FREQUENCIES);
    return new DistinctiveContent.Frequencies(t -> docFreq(han, t), t -> docFreq(words, t), reader.numDocs());
  }

  private TermsEnum termsOf(String field) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    return terms == null ? TermsEnum.EMPTY : terms.iterator();
  }

  /** The term's document frequency, 0 when the index does not hold it. */
  private static int docFreq(TermsEnum terms, String text) {
    try {
      return terms.seekExact(new BytesRef(text)) ? terms.docFreq() : 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading the document frequency of '" + text + "'", e);
    }
  }

  private StoredFields storedFields() throws IOException {
    if (stored == null) {
      stored = reader.storedFields();
    }
    return stored;
  }
}
