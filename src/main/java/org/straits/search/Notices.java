package org.straits.search;

/**
 * What a search tells the reader about how it read the query: message keys, written out in the
 * UI's language by {@code web/i18n/messages_*.properties} (and in English by the CLI). Never the
 * parser's own message.
 */
public final class Notices {
  public static final String NONE = "";
  /** The syntax did not parse (an unbalanced quote); the words were searched as text. */
  public static final String SYNTAX = "notice.syntax";
  /** No document has all the words; documents with some of them are shown. */
  public static final String SOME_WORDS = "notice.someWords";
  /** Both of the above. */
  public static final String SYNTAX_SOME_WORDS = "notice.syntaxSomeWords";

  private Notices() {}
}
