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
import org.straits.analysis.DistinctiveContent;
import org.straits.analysis.NearDuplicateSignature;

/**
 * The rules that group versions of one story, whichever engine holds the documents (the embedded
 * index reads its members from doc values, the Solr indexer from Straits' own record of the
 * collection): every ungrouped document with a candidate (a document sharing an LSH band) joins
 * the group of its most similar grouped candidate whose estimated Jaccard similarity reaches the
 * threshold and which shares its distinctive content ({@link DistinctiveContent}), or founds a group that later documents can join (a document no other joins stays
 * ungrouped, a story of one); then every group gets exactly one representative, the oldest version
 * (by date, then first indexing time, then id), so a deleted representative hands over to the
 * next one and a newly indexed older copy takes over. Only what changes is reported.
 */
public final class StoryGrouping {
  /** The group of a document with no other version (yet). */
  public static final long UNGROUPED = 0;
  /**
   * Versions of one story are published within this many days of each other. Beyond it, a
   * similar text is a template reused (the same meeting a year later), not a repost.
   */
  public static final long MAX_DAYS_APART = 31;
  /** Documents a band may be shared by and still count: more is a template (bulletins of one form), not a repost. */
  public static final int MAX_BAND_DOCS = 50;
  /** Candidates compared per document at most: memory and time stay linear in the documents. */
  static final int MAX_CANDIDATES = 200;
  /** An undated document's day: it sorts last and is close in time to everything. */
  public static final long UNDATED = Long.MAX_VALUE;
  /**
   * The index fields whose document frequencies weigh {@link DistinctiveContent}'s tokens, on every
   * engine: Han bigrams in the body's bigram shadow, Latin words in the body.
   */
  public static final String HAN_FREQUENCIES = Fields.BODY_CJK;
  public static final String WORD_FREQUENCIES = Fields.BODY;

  /** One live document: its engine's number for it, group (changes while grouping), hidden flag, order key. */
  public static final class Member {
    final int doc;
    long group;
    final boolean hidden;
    final long day;
    final long indexedAt;
    String id;

    public Member(int doc, long group, boolean hidden, long day, long indexedAt) {
      this.doc = doc;
      this.group = group;
      this.hidden = hidden;
      this.day = day;
      this.indexedAt = indexedAt;
    }

    /** A member whose id is known already (no lookup needed). */
    public Member(int doc, String id, long group, boolean hidden, long day, long indexedAt) {
      this(doc, group, hidden, day, indexedAt);
      this.id = id;
    }
  }

  /** What the grouping reads from the engine's documents. */
  public interface Documents {
    /** Calls {@code band} with the live documents of every LSH band key and how many documents hold it. */
    void forEachBand(BandVisitor band) throws IOException;

    NearDuplicateSignature signature(int doc) throws IOException;

    String id(int doc) throws IOException;

    /** The document's title and body as tokens for the check after MinHash ({@link DistinctiveContent}). */
    DistinctiveContent.Tokens content(int doc) throws IOException;

    /**
     * Document frequencies for that check, as the index's {@link #HAN_FREQUENCIES} and {@link
     * #WORD_FREQUENCIES} terms give them, including the documents this pass is about to commit;
     * asked for once per pass, then about the tokens of every content read in it.
     */
    DistinctiveContent.Frequencies frequencies() throws IOException;
  }

  @FunctionalInterface
  public interface BandVisitor {
    void visit(int documentFrequency, List<Integer> liveDocs) throws IOException;
  }

  /** Where the changed values go (in the same commit as the documents). */
  public interface Changes {
    void group(String id, long group) throws IOException;

    void hidden(String id, boolean hidden) throws IOException;
  }

  private final List<Member> members;
  private final Documents documents;
  private final Changes changes;
  private final Map<Integer, NearDuplicateSignature> signatures = new HashMap<>();
  private final Map<Integer, DistinctiveContent.Tokens> contents = new HashMap<>();
  private DistinctiveContent.Frequencies frequencies;

  private StoryGrouping(List<Member> members, Documents documents, Changes changes) {
    this.members = members;
    this.documents = documents;
    this.changes = changes;
  }

  /** Groups the ungrouped {@code members} and fixes every group's representative. */
  public static void update(List<Member> members, Documents documents, Changes changes) throws IOException {
    StoryGrouping grouping = new StoryGrouping(members, documents, changes);
    grouping.groupNew();
    grouping.chooseRepresentatives();
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
        changes.group(m.id, group);
      }
    }
    for (Member m : founders) {
      if (sizes.getOrDefault(m.group, 0) > 0) {
        changes.group(m.id, m.group);
      } else {
        m.group = UNGROUPED; // nobody joined: still a story of one
      }
    }
  }

  /** For each ungrouped document, the documents sharing a band with it; one pass over the bands. */
  private Map<Integer, Set<Integer>> candidates(Map<Integer, Member> byDoc) throws IOException {
    Map<Integer, Set<Integer>> out = new HashMap<>();
    documents.forEachBand((documentFrequency, sharing) -> {
      if (documentFrequency < 2 || documentFrequency > MAX_BAND_DOCS) {
        return; // following a template's band would compare every pair of its documents
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
    });
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

  /**
   * The check after MinHash: one text holds the other's distinctive content, not only a template's
   * (see {@link DistinctiveContent}).
   */
  private boolean sameStory(int a, int b) throws IOException {
    DistinctiveContent.Tokens first = content(a);
    DistinctiveContent.Tokens second = content(b);
    if (frequencies == null) {
      frequencies = documents.frequencies();
    }
    return DistinctiveContent.sameStory(first, second, frequencies);
  }

  private DistinctiveContent.Tokens content(int doc) throws IOException {
    if (!contents.containsKey(doc)) {
      contents.put(doc, documents.content(doc));
    }
    return contents.get(doc);
  }

  private static boolean closeInTime(Member a, Member b) {
    boolean undated = a.day == UNDATED || b.day == UNDATED;
    return undated || Math.abs(a.day - b.day) <= MAX_DAYS_APART;
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
      known = documents.signature(doc);
      signatures.put(doc, known);
    }
    return known;
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
          changes.hidden(m.id, hide);
        }
      }
    }
  }

  private void readIds(List<Member> list) throws IOException {
    for (Member m : list) {
      if (m.id == null) {
        m.id = documents.id(m.doc);
      }
    }
  }
}
