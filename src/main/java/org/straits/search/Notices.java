package org.straits.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Properties;
import org.straits.config.StraitsConfig;

/**
 * What a search tells the reader about how it read the query: message keys, written out in the
 * UI's language by {@code web/i18n/messages_*.properties}, and in English (from the same English
 * messages, one place for the wording) in the API's {@code notice} and {@code notices[].text}
 * and by the CLI. Never the parser's own message.
 */
public final class Notices {
  public static final String NONE = "";
  /** The syntax did not parse (an unbalanced quote); the words were searched as text. */
  public static final String SYNTAX = "notice.syntax";
  /** No document has all the words; documents with some of them are shown. */
  public static final String SOME_WORDS = "notice.someWords";
  /** Both of the above. */
  public static final String SYNTAX_SOME_WORDS = "notice.syntaxSomeWords";
  /**
   * The query has nothing to look for: punctuation alone ({@code ?}, {@code -}, {@code *}), or
   * only excluded words ({@code -taiwan}), which match no document by themselves.
   */
  public static final String NO_WORDS = "notice.noWords";
  /** Part of a distributed index did not answer. */
  public static final String PARTIAL = "notice.partial";

  private static final class English {
    static final Properties MESSAGES = load();

    private static Properties load() {
      Properties messages = new Properties();
      try (Reader in = Files.newBufferedReader(StraitsConfig.webRoot().resolve("i18n/messages_en.properties"))) {
        messages.load(in);
      } catch (IOException e) {
        // Without the web folder the key itself is the text: still a stable, readable id.
      }
      return messages;
    }
  }

  private Notices() {}

  /** The English sentence of a notice key ("" for {@link #NONE}; the key if it has none). */
  public static String english(String key) {
    return key.isEmpty() ? "" : English.MESSAGES.getProperty(key, key);
  }
}
