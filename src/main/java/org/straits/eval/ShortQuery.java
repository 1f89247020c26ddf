package org.straits.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One query of the short-query suite: its language, the text as a reader types it, and an
 * optional region filter ("" for none).
 */
public record ShortQuery(String lang, String text, String region) {
  /** The suite checked in beside the code. */
  public static final String SUITE = "/eval/short-queries.tsv";

  /** The built-in suite: tab-separated {@code lang, query[, region]}; {@code #} starts a comment. */
  public static List<ShortQuery> builtIn() throws IOException {
    try (InputStream in = ShortQuery.class.getResourceAsStream(SUITE)) {
      if (in == null) {
        throw new IOException("the short-query suite " + SUITE + " is missing from the build");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
  }

  static List<ShortQuery> read(BufferedReader reader) throws IOException {
    List<ShortQuery> queries = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length < 2 || columns[1].isBlank()) {
        throw new IOException(SUITE + ":" + number + ": expected 'lang<TAB>query[<TAB>region]'");
      }
      queries.add(new ShortQuery(columns[0].strip(), columns[1].strip(), columns.length > 2 ? columns[2].strip() : ""));
    }
    return queries;
  }
}
