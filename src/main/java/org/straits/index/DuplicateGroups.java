package org.straits.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
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
 * Keeps the groups of versions of one story right, just before a commit: every ungrouped document
 * with a candidate (a document sharing an LSH band) joins the group of its most similar grouped
 * candidate whose estimated Jaccard similarity reaches the threshold, or founds a group that later
 * documents can join (a document no other joins stays ungrouped, a story of one); then
 * every group gets exactly one representative, the oldest version (by date, then first indexing
 * time, then id), so a deleted representative hands over to the next one and a newly indexed
 * older copy takes over. Only two numeric doc-values fields change in place (group, hidden).
 */
public final class DuplicateGroups {
  /** The group of a document with no other version (yet). */
  public static final long UNGROUPED = 0;
  /**
   * Versions of one story are published within this many days of each other. Beyond it, a
   * similar text is a template reused (the same meeting a year later), not a repost.
   */
  public static final long MAX_DAYS_APART = 31;
  /** Documents a band may be shared by and still count; see {@link #candidates}. */
  static final int MAX_BAND_DOCS = 50;
  /** Candidates compared per document at most: memory and time stay linear in the documents. */
  static final int MAX_CANDIDATES = 200;

  private final DirectoryReader reader;
  private final IndexWriter writer;
  private final List<Member> members = new ArrayList<>();
  private final Map<Integer, NearDuplicateSignature> signatures = new HashMap<>();
  private final Map<Integer, DistinctiveContent.Tokens> contents = new HashMap<>();
  private TermsEnum hanTerms;
  private TermsEnum wordTerms;

  private DuplicateGroups(DirectoryReader reader, IndexWriter writer) {
    this.reader = reader;
    this.writer = writer;
  }

  /** One live document: global doc id, group (mutable while grouping), hidden flag, order key. */
  private static final class Member {
    final int doc;
    long group;
    final boolean hidden;
    final long day;
    final long indexedAt;
    String id;

    Member(int doc, long group, boolean hidden, long day, long indexedAt) {
      this.doc = doc;
      this.group = group;
      this.hidden = hidden;
      this.day = day;
      this.indexedAt = indexedAt;
    }
  }

  /** Groups what is new in {@code writer} and fixes representatives; changes are part of its next commit. */
  public static void update(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      DuplicateGroups groups = new DuplicateGroups(reader, writer);
      if (groups.readMembers()) {
        groups.groupNew();
        groups.chooseRepresentatives();
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
  private boolean readMembers() throws IOException {
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
          members.add(new Member(leaf.docBase + doc, group.longValue(), value(hidden, doc, 0) == 1,
              value(day, doc, Long.MAX_VALUE), value(indexedAt, doc, 0)));
        }
      }
    }
    return any;
  }

  private static long value(NumericDocValues values, int doc, long missing) throws IOException {
    return values != null && values.advanceExact(doc) ? values.longValue() : missing;
  }

  /**
   * Ungrouped documents with a candidate, oldest first, join a group of an earlier document or
   * found their own. A document without a near-duplicate stays ungrouped (0 is a story of one): no
   * write for it, and it is looked at again only when a new document shares a band with it.
   */
  private void groupNew() throws IOException {
    Map<Integer, Member> byDoc = new HashMap<>();
    members.forEach(m -> byDoc.put(m.doc, m));
    Map<Integer, Set<Integer>> candidates = candidates(byDoc);
    List<Member> ordered = new ArrayList<>();
    candidates.keySet().forEach(doc -> ordered.add(byDoc.get(doc)));
    readIds(ordered);
    ordered.sort(ORDER);
    Map<Long, Integer> sizes = new HashMap<>();
    members.stream().filter(m -> m.group != UNGROUPED).forEach(m -> sizes.merge(m.group, 1, Integer::sum));
    List<Member> founders = new ArrayList<>();
    for (Member m : ordered) {
      long group = bestGroup(m, candidates.get(m.doc), byDoc);
      if (group == UNGROUPED) {
        founders.add(m);
        m.group = ownGroup(m.id);
      } else {
        m.group = group;
        sizes.merge(group, 1, Integer::sum);
        writer.updateNumericDocValue(new Term(Fields.ID, m.id), Fields.DUP_GROUP, group);
      }
    }
    for (Member m : founders) {
      if (sizes.getOrDefault(m.group, 0) > 0) {
        writer.updateNumericDocValue(new Term(Fields.ID, m.id), Fields.DUP_GROUP, m.group);
      } else {
        m.group = UNGROUPED; // nobody joined: still a story of one
      }
    }
  }

  /**
   * For each ungrouped document, the documents sharing a band with it. One pass over the band
   * terms shared by two documents or more: cheaper than a lookup per document and band.
   */
  private Map<Integer, Set<Integer>> candidates(Map<Integer, Member> byDoc) throws IOException {
    Map<Integer, Set<Integer>> out = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, Fields.DUP_BAND);
    if (terms == null) {
      return out;
    }
    Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
    TermsEnum each = terms.iterator();
    PostingsEnum postings = null;
    List<Integer> sharing = new ArrayList<>();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      // A band shared by very many documents is a template (bulletins of one form), not a repost:
      // following it would compare every pair of them.
      if (each.docFreq() < 2 || each.docFreq() > MAX_BAND_DOCS) {
        continue;
      }
      postings = each.postings(postings, PostingsEnum.NONE);
      sharing.clear();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          sharing.add(doc);
        }
      }
      for (int doc : sharing) {
        Member m = byDoc.get(doc);
        if (m != null && m.group == UNGROUPED) {
          Set<Integer> set = out.computeIfAbsent(doc, d -> new HashSet<>());
          for (int other : sharing) {
            if (other != doc && set.size() < MAX_CANDIDATES) {
              set.add(other);
            }
          }
        }
      }
    }
    return out;
  }

  /** The group of the most similar candidate already grouped, or {@link #UNGROUPED}. */
  private long bestGroup(Member m, Set<Integer> candidates, Map<Integer, Member> byDoc) throws IOException {
    double best = NearDuplicateSignature.THRESHOLD;
    long group = UNGROUPED;
    for (int doc : candidates) {
      Member other = byDoc.get(doc);
      if (other == null || other.group == UNGROUPED || other == m || !closeInTime(m, other)) {
        continue;
      }
      double similarity = signature(m.doc).similarity(signature(doc));
      if (similarity >= best && (group == UNGROUPED || similarity > best) && sameStory(m.doc, doc)) {
        best = similarity;
        group = other.group;
      }
    }
    return group;
  }

  private static boolean closeInTime(Member a, Member b) {
    boolean undated = a.day == Long.MAX_VALUE || b.day == Long.MAX_VALUE;
    return undated || Math.abs(a.day - b.day) <= MAX_DAYS_APART;
  }

  /**
   * The check after MinHash: the two texts share their distinctive content, not only a template
   * (see {@link DistinctiveContent}; token weights from this index's document frequencies).
   */
  private boolean sameStory(int a, int b) throws IOException {
    TermsEnum han = hanTerms();
    TermsEnum words = wordTerms();
    return DistinctiveContent.sameStory(content(a), content(b), t -> docFreq(han, t), t -> docFreq(words, t),
        reader.numDocs());
  }

  private DistinctiveContent.Tokens content(int doc) throws IOException {
    DistinctiveContent.Tokens known = contents.get(doc);
    if (known == null) {
      var stored = storedFields().document(doc, Set.of(Fields.TITLE, Fields.BODY));
      known = DistinctiveContent.of(stored.get(Fields.TITLE), stored.get(Fields.BODY));
      contents.put(doc, known);
    }
    return known;
  }

  private TermsEnum hanTerms() throws IOException {
    if (hanTerms == null) {
      hanTerms = termsOf(Fields.BODY_CJK);
    }
    return hanTerms;
  }

  private TermsEnum wordTerms() throws IOException {
    if (wordTerms == null) {
      wordTerms = termsOf(Fields.BODY);
    }
    return wordTerms;
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

  /** A group key from the founding document's id: stable, never {@link #UNGROUPED}. */
  static long ownGroup(String id) {
    long h = 1125899906842597L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    h ^= h >>> 29;
    return h == UNGROUPED ? 1 : h;
  }

  private NearDuplicateSignature signature(int doc) throws IOException {
    NearDuplicateSignature known = signatures.get(doc);
    if (known == null) {
      BytesRef bytes = storedFields().document(doc, Set.of(Fields.DUP_SIGNATURE)).getBinaryValue(Fields.DUP_SIGNATURE);
      known = NearDuplicateSignature.fromBytes(java.util.Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
      signatures.put(doc, known);
    }
    return known;
  }

  private StoredFields stored;

  private StoredFields storedFields() throws IOException {
    if (stored == null) {
      stored = reader.storedFields();
    }
    return stored;
  }

  /** Oldest first: by date (undated last), first indexing time, then id. */
  private static final Comparator<Member> ORDER = Comparator.<Member>comparingLong(m -> m.day)
      .thenComparingLong(m -> m.indexedAt).thenComparing(m -> m.id);

  /** In every group with more than one version, the oldest is shown and the others hidden. */
  private void chooseRepresentatives() throws IOException {
    Map<Long, List<Member>> byGroup = new HashMap<>();
    for (Member m : members) {
      byGroup.computeIfAbsent(m.group, g -> new ArrayList<>()).add(m);
    }
    byGroup.remove(UNGROUPED); // each a story of one: shown
    members.stream().filter(m -> m.group == UNGROUPED && m.hidden).forEach(m -> byGroup.put(-1L - m.doc, List.of(m)));
    for (List<Member> group : byGroup.values()) {
      if (group.size() == 1 && !group.get(0).hidden) {
        continue;
      }
      readIds(group);
      group = new ArrayList<>(group);
      group.sort(ORDER);
      for (int i = 0; i < group.size(); i++) {
        Member m = group.get(i);
        boolean hide = i > 0;
        if (hide != m.hidden) {
          writer.updateNumericDocValue(new Term(Fields.ID, m.id), Fields.DUP_HIDDEN, hide ? 1 : 0);
        }
      }
    }
  }

  private void readIds(List<Member> list) throws IOException {
    for (Member m : list) {
      if (m.id == null) {
        m.id = storedFields().document(m.doc, Set.of(Fields.ID)).get(Fields.ID);
      }
    }
  }
}
