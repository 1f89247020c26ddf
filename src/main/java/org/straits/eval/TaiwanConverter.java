package org.straits.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Mainland simplified text rewritten as a Taiwan author would write it, with OpenCC's own tables
 * (as OpenCC's {@code s2twp} does): Taiwan vocabulary (TWPhrases), then traditional phrases
 * (STPhrases) and characters (STCharacters), longest match first. The evaluation uses it to make
 * Taiwan copies of mainland documents; Straits itself never converts text.
 */
public final class TaiwanConverter {
  private static final String DICTIONARY = "/data/dictionary/";

  private final NormalizeCharMap map;

  private TaiwanConverter(NormalizeCharMap map) {
    this.map = map;
  }

  /** The converter over the tables in the opencc4j jar. */
  public static TaiwanConverter load() {
    Map<String, String> entries = new LinkedHashMap<>();
    // Later tables do not override earlier ones: Taiwan words win over plain traditional phrases.
    read("TWPhrases.txt", entries);
    read("STPhrases.txt", entries);
    read("STCharacters.txt", entries);
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    entries.forEach(builder::add);
    return new TaiwanConverter(builder.build());
  }

  /** {@code text} in Taiwan vocabulary and traditional script. */
  public String convert(String text) {
    StringBuilder out = new StringBuilder(text.length());
    try (Reader reader = new MappingCharFilter(map, new StringReader(text))) {
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot convert text", e);
    }
    return out.toString();
  }

  /** OpenCC's format: key, whitespace, one or more space-separated values; the first value is the usual one. */
  private static void read(String file, Map<String, String> entries) {
    try (InputStream in = TaiwanConverter.class.getResourceAsStream(DICTIONARY + file)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenCC table " + file + " (is opencc4j on the classpath?)");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip)
          .map(line -> line.split("\\s+"))
          .filter(parts -> parts.length >= 2 && !parts[0].isEmpty())
          .forEach(parts -> entries.putIfAbsent(parts[0], parts[1]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenCC table " + file, e);
    }
  }
}
