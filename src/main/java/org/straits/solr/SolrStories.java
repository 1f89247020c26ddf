package org.straits.solr;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.straits.analysis.DistinctiveContent;
import org.straits.analysis.NearDuplicateSignature;
import org.straits.index.StoryGrouping;
import org.straits.schema.Schema;

/**
 * Straits' record of the versions of stories in one Solr collection: per document its
 * near-duplicate signature, day, first indexing time, group and hidden flag, kept under the
 * {@code --index} folder beside {@link SolrFileState} (the signatures never go to Solr). Before
 * each commit the new documents are grouped with the embedded engine's rules ({@link
 * StoryGrouping}) and the groups and flags that changed are sent as in-place updates of two
 * doc-values fields, so they are part of the same commit; the content check after MinHash reads
 * the collection itself ({@link SolrContent}). First indexing times survive a rebuild: a new
 * collection's record starts from the times of the live one.
 */
final class SolrStories {
  // 2: signatures of 16-bit minima (NearDuplicateSignature.BYTES), half the bytes of version 1.
  // 3: the same layout; groups made with the content check after MinHash (DistinctiveContent).
  private static final int VERSION = 3;
  /** Groups of MinHash alone: the collection is rebuilt, its first indexing times still read. */
  private static final int MINHASH_ALONE = 2;

  /** One document of the collection. */
  private static final class Story {
    final NearDuplicateSignature signature;
    final long day;
    final long indexedAt;
    long group;
    boolean hidden;

    Story(NearDuplicateSignature signature, long day, long indexedAt, long group, boolean hidden) {
      this.signature = signature;
      this.day = day;
      this.indexedAt = indexedAt;
      this.group = group;
      this.hidden = hidden;
    }
  }

  private final Path file;
  private final Map<String, Story> stories;
  /** First indexing times, also of documents removed in this run (a changed file is deleted, then read again). */
  private final Map<String, Long> firstSeen = new HashMap<>();
  private final long now = System.currentTimeMillis();
  private final SolrContent content = new SolrContent();

  private SolrStories(Path file, Map<String, Story> stories) {
    this.file = file;
    this.stories = stories;
    stories.forEach((id, story) -> firstSeen.put(id, story.indexedAt));
  }

  /** The record of {@code collection}; a new collection inherits the first indexing times of {@code live}. */
  static SolrStories read(Path stateDir, String collection, String live) throws IOException {
    SolrStories stories = new SolrStories(file(stateDir, collection), load(file(stateDir, collection), false));
    if (live != null && !live.equals(collection)) {
      load(file(stateDir, live), true).forEach((id, story) -> stories.firstSeen.putIfAbsent(id, story.indexedAt));
    }
    return stories;
  }

  /** False when the record of {@code collection} holds groups made by older rules (no record: true). */
  static boolean current(Path stateDir, String collection) throws IOException {
    return collection == null || !Files.exists(file(stateDir, collection)) || current(file(stateDir, collection));
  }

  private static boolean current(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      return in.readInt() != MINHASH_ALONE;
    } catch (java.io.EOFException e) {
      return true; // unreadable: load says so
    }
  }

  static Path file(Path stateDir, String collection) {
    return stateDir.resolve("solr-stories-" + collection + ".bin");
  }

  /** Deletes the record of a collection that is gone. */
  static void delete(Path stateDir, String collection) throws IOException {
    Files.deleteIfExists(file(stateDir, collection));
  }

  /**
   * Adds the fields Straits derives for feeds and reposts to a new document ({@code day}: its epoch
   * day, or null when undated) and records it, ungrouped, with the {@code terms} it was sent with.
   */
  void add(SolrInputDocument doc, String id, NearDuplicateSignature signature, Long day, SolrContent.Terms terms) {
    long indexedAt = firstSeen.computeIfAbsent(id, k -> now);
    long dated = day == null ? Long.MIN_VALUE : day * 86_400_000L;
    doc.setField(Schema.INDEXED_AT, indexedAt);
    doc.setField(Schema.UPDATED, Math.max(dated, indexedAt));
    doc.setField(Schema.DUP_GROUP, StoryGrouping.UNGROUPED);
    doc.setField(Schema.DUP_HIDDEN, 0L);
    stories.put(id, new Story(signature, day == null ? StoryGrouping.UNDATED : day, indexedAt,
        StoryGrouping.UNGROUPED, false));
    content.sent(terms);
  }

  void remove(String id) {
    stories.remove(id);
  }

  /**
   * Groups what is new in {@code collection} (the one this record describes) and returns the
   * in-place updates of the groups and flags that changed.
   */
  List<SolrInputDocument> regroup(SolrCluster cluster, String collection) throws IOException {
    SolrContent.Pass pass = content.pass(cluster, collection, stories.size());
    List<String> ids = new ArrayList<>(stories.keySet());
    List<StoryGrouping.Member> members = new ArrayList<>(ids.size());
    for (int doc = 0; doc < ids.size(); doc++) {
      Story story = stories.get(ids.get(doc));
      members.add(new StoryGrouping.Member(doc, ids.get(doc), story.group, story.hidden, story.day, story.indexedAt));
    }
    Map<String, SolrInputDocument> updates = new LinkedHashMap<>();
    StoryGrouping.update(members, new StoryGrouping.Documents() {
      @Override
      public void forEachBand(StoryGrouping.BandVisitor band) throws IOException {
        Map<String, List<Integer>> bands = new HashMap<>();
        for (int doc = 0; doc < ids.size(); doc++) {
          for (String key : stories.get(ids.get(doc)).signature.bandKeys()) {
            bands.computeIfAbsent(key, k -> new ArrayList<>(2)).add(doc);
          }
        }
        for (List<Integer> sharing : bands.values()) {
          band.visit(sharing.size(), sharing);
        }
      }

      @Override
      public NearDuplicateSignature signature(int doc) {
        return stories.get(ids.get(doc)).signature;
      }

      @Override
      public String id(int doc) {
        return ids.get(doc);
      }

      @Override
      public DistinctiveContent.Tokens content(int doc) throws IOException {
        return pass.content(ids.get(doc));
      }

      @Override
      public DistinctiveContent.Frequencies frequencies() {
        return pass.frequencies();
      }
    }, new StoryGrouping.Changes() {
      @Override
      public void group(String id, long group) {
        stories.get(id).group = group;
        set(updates, id, Schema.DUP_GROUP, group);
      }

      @Override
      public void hidden(String id, boolean hidden) {
        stories.get(id).hidden = hidden;
        set(updates, id, Schema.DUP_HIDDEN, hidden ? 1L : 0L);
      }
    });
    return new ArrayList<>(updates.values());
  }

  /** The documents sent are committed: the terms component counts them from now on. */
  void committed() {
    content.committed();
  }

  private static void set(Map<String, SolrInputDocument> updates, String id, String field, long value) {
    SolrInputDocument doc = updates.computeIfAbsent(id, k -> {
      SolrInputDocument update = new SolrInputDocument();
      update.setField(Schema.ID, k);
      return update;
    });
    doc.setField(field, Map.of("set", value));
  }

  /** Written after the commit it describes, by atomic replacement. */
  void write() throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
      out.writeInt(VERSION);
      out.writeInt(stories.size());
      for (Map.Entry<String, Story> entry : stories.entrySet()) {
        Story story = entry.getValue();
        out.writeUTF(entry.getKey());
        out.write(story.signature.toBytes());
        out.writeLong(story.day);
        out.writeLong(story.indexedAt);
        out.writeLong(story.group);
        out.writeBoolean(story.hidden);
      }
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The record in {@code file}; {@code older}: one of MinHash alone is read too (for its first indexing times). */
  private static Map<String, Story> load(Path file, boolean older) throws IOException {
    Map<String, Story> stories = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return stories;
    }
    if (!older && !current(file)) {
      throw new IOException("Straits' record of reposts " + file + " holds groups made by MinHash alone, without "
          + "the content check of this version: run 'straits index --backend solr', which rebuilds the collection");
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int version = in.readInt();
      if (version != VERSION && version != MINHASH_ALONE) {
        throw new IOException("written by another version of Straits");
      }
      int count = in.readInt();
      byte[] signature = new byte[NearDuplicateSignature.BYTES];
      for (int i = 0; i < count; i++) {
        String id = in.readUTF();
        in.readFully(signature);
        stories.put(id, new Story(NearDuplicateSignature.fromBytes(signature), in.readLong(), in.readLong(),
            in.readLong(), in.readBoolean()));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("cannot read Straits' record of reposts " + file + ": " + e.getMessage()
          + " (delete it and run 'straits index --full --backend solr')", e);
    }
    return stories;
  }
}
