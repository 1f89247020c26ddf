package org.straits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.straits.config.StraitsConfig;
import org.straits.entity.GazetteerException;

/** A small corpus on disk, indexed for real, shared by the index, search and CLI tests. */
public final class Fixtures {
  private Fixtures() {}

  public static Path smallGazetteer() {
    try {
      return Path.of(Fixtures.class.getResource("/entity/small-gazetteer.yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static StraitsConfig config(Path source, Path index) {
    return new StraitsConfig(source, index, smallGazetteer(), "127.0.0.1", 0, 2, 10L * 1024 * 1024, null, 1024 * 1024, 30);
  }

  public static App app(Path source, Path index) {
    try {
      return new App(config(source, index));
    } catch (GazetteerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An app on the built-in gazetteer (the product's own entities) rather than the small test one. */
  public static App builtInGazetteerApp(Path source, Path index) {
    StraitsConfig small = config(source, index);
    try {
      return new App(new StraitsConfig(source, index, null, small.bind(), 0, 2, small.maxFileBytes(), null,
          small.uploadMaxBytes(), small.commitSeconds()));
    } catch (GazetteerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An app's index of {@code source}, open, with the services the search tests read it through. */
  public record Served(App app, org.straits.search.IndexView index, org.straits.search.SearchService service,
      org.straits.search.DocumentLookup lookup) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      index.close();
    }
  }

  /** Indexes {@code source} with {@code app} (failing on any file it could not read) and opens the index. */
  public static Served served(App app, Path source) throws IOException {
    indexCleanly(app, source);
    org.straits.search.IndexView index = app.openIndex();
    return new Served(app, index, app.searchService(index), app.documentLookup(index));
  }

  /** Runs the app's indexer over {@code source} into its index and fails on any file it could not read. */
  public static org.straits.index.IndexRunSummary indexCleanly(App app, Path source) throws IOException {
    org.straits.index.IndexRunSummary summary = app.indexer().run(source, app.config().index(), false,
        org.straits.index.IndexProgress.Listener.NONE);
    if (summary.failures() != 0) {
      throw new AssertionError("indexing failed on some files: " + summary.problems());
    }
    return summary;
  }

  public static void write(Path root, String relative, String content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Six documents: English and Chinese (both scripts), dated and undated, with footnotes. */
  public static void writeCorpus(Path source) {
    write(source, "en/kinmen.txt", """
        Coast guard patrols near Kinmen | 作者: Alice Chen | 时间: 2024-02-21 | 责编: Bob Editor
        Adjust font size: + -

        The China Coast Guard began regular inspections around Kinmen Island.
        Taiwan's Coast Guard Administration said cross-strait relations were tense.

        [1] Alice Chen is a researcher at the Example Institute.
        """);
    write(source, "en/relations.txt", """
        Relations across the strait | 作者: David Wu | 时间: 2015-03-10 | 责编: Li Minjie
        Adjust font size: + -

        The relation between Taiwan and the PRC shaped the region. Analysts compared US policy.

        [1] Footnote about computers and the archipelago of references.
        """);
    write(source, "zh/traditional.txt", """
        臺灣與電腦產業 | 作者: 王小明 | 时间: 2023-05-01 | 责编: 李编辑
        臺灣的電腦產業在兩岸關係中扮演重要角色。金門也受到關注。
        """);
    write(source, "zh/news.jsonl", """
        {"id":"cctv:1","title":"两岸关系和平发展","body":"台湾问题是中国的内政。两岸关系和平发展符合台湾同胞利益，电脑产业合作加强。","date":"2022-10-01","authors":[],"source":"CCTV","lang":"zh"}
        {"id":"cctv:2","title":"南海形势","body":"中国海警在南海开展巡航。","date":"2023-01-15","authors":[],"source":"CCTV","lang":"zh"}
        """);
    write(source, "en/undated.txt", """
        Notes without a date

        An undated note on Taiwan and the United States, for browsing order tests.
        """);
  }
}
