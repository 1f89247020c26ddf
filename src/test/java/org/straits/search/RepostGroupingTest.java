package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.RepostCorpus;
import org.straits.admin.DocumentRemoval;
import org.straits.admin.ExcludedIds;

/** Reposts grouped at index time on a real index, kept right by incremental runs and removals. */
class RepostGroupingTest {
  @TempDir Path source;
  @TempDir Path indexDir;

  private SearchResult search(App app, String query, boolean allVersions) throws IOException {
    try (IndexView index = app.openIndex()) {
      SearchRequest request = new SearchRequest(query, Map.of(), null, null, null, 1, 20, 10, false, allVersions);
      return app.searchService(index).search(request);
    }
  }

  private static SearchResult.Hit hit(SearchResult result, String id) {
    return result.hits().stream().filter(h -> h.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not a hit: " + result.hits().stream().map(SearchResult.Hit::id).toList()));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  private void index(App app) throws IOException {
    Fixtures.indexCleanly(app, source);
  }

  @Test
  void anEditedRepostIsOneHitWithItsVersionAndCountsStayDocuments() throws IOException {
    RepostCorpus.write(source);
    Fixtures.write(source, "wire.jsonl", RepostCorpus.repostLine(RepostCorpus.STORY_REPOST, "2024-03-06"));
    App app = Fixtures.app(source, indexDir);
    index(app);

    SearchResult collapsed = search(app, "Kinmen coast guard", false);
    assertEquals(List.of(RepostCorpus.STORY_REPOST), hit(collapsed, RepostCorpus.STORY).duplicates());
    assertTrue(!ids(collapsed).contains(RepostCorpus.STORY_REPOST), "the repost is folded into the story");
    assertTrue(ids(collapsed).contains(RepostCorpus.OTHER_EN), "a story on the same topic is not a repost");
    assertEquals(List.of(), hit(collapsed, RepostCorpus.OTHER_EN).duplicates());
    assertEquals(1, collapsed.hidden());
    assertEquals(collapsed.hits().size() + 1, collapsed.total(), "the total counts documents");

    SearchResult all = search(app, "Kinmen coast guard", true);
    assertTrue(ids(all).containsAll(List.of(RepostCorpus.STORY, RepostCorpus.STORY_REPOST)));
    assertEquals(0, all.hidden());
    assertEquals(collapsed.total(), all.total());
  }

  @Test
  void aTraditionalCopyOfASimplifiedStoryIsAVersionOfIt() throws IOException {
    RepostCorpus.write(source);
    App app = Fixtures.app(source, indexDir);
    index(app);
    SearchResult result = search(app, "两岸同胞", false);
    assertEquals(List.of(RepostCorpus.ZH_TRADITIONAL), hit(result, RepostCorpus.ZH_STORY).duplicates());
    assertEquals(List.of(), hit(search(app, "金门", false), RepostCorpus.OTHER_ZH).duplicates(),
        "a statement of the same office on another matter is not a copy");
  }

  @Test
  void incrementalRunsJoinNewCopiesAndHandTheGroupOverWhenTheRepresentativeGoes() throws IOException {
    RepostCorpus.write(source);
    App app = Fixtures.app(source, indexDir);
    index(app);
    assertEquals(List.of(), hit(search(app, "Kinmen coast guard", false), RepostCorpus.STORY).duplicates());

    // A new copy joins the existing story's group.
    Fixtures.write(source, "wire.jsonl", RepostCorpus.repostLine(RepostCorpus.STORY_REPOST, "2024-03-06"));
    index(app);
    assertEquals(List.of(RepostCorpus.STORY_REPOST), hit(search(app, "Kinmen", false), RepostCorpus.STORY).duplicates());

    // An older copy indexed later becomes the story's representative: the oldest version is shown.
    Fixtures.write(source, "early.jsonl", RepostCorpus.repostLine("early:kinmen", "2024-03-01"));
    index(app);
    SearchResult older = search(app, "Kinmen", false);
    assertEquals(List.of(RepostCorpus.STORY, RepostCorpus.STORY_REPOST), hit(older, "early:kinmen").duplicates());
    assertTrue(!ids(older).contains(RepostCorpus.STORY));

    // The representative's file is removed: the next oldest version takes over.
    Files.delete(source.resolve("early.jsonl"));
    index(app);
    SearchResult handedOver = search(app, "Kinmen", false);
    assertEquals(List.of(RepostCorpus.STORY_REPOST), hit(handedOver, RepostCorpus.STORY).duplicates());

    // An administrator removes the representative: the repost is shown on its own.
    try {
      new DocumentRemoval(new org.straits.index.LuceneDocumentStore(indexDir), source, new ExcludedIds(Files.createTempDirectory("excluded").resolve("ids.txt")))
          .remove(RepostCorpus.STORY, false, "test");
    } catch (org.straits.admin.DocumentNotFoundException e) {
      throw new AssertionError(e);
    }
    SearchResult alone = search(app, "Kinmen", false);
    assertEquals(List.of(), hit(alone, RepostCorpus.STORY_REPOST).duplicates());
    assertEquals(0, alone.hidden());
  }
}
