package org.straits.ingest;

import java.util.regex.Pattern;

/** Markdown reduced to its words: what the index and snippets should see. */
final class MarkdownText {

  private static final Pattern CODE_FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~).*$\\n?");
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");
  private static final Pattern BLOCKQUOTE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
  private static final Pattern INLINE_CODE = Pattern.compile("`([^`]*)`");
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*([-*_])([ \\t]*\\1){2,}[ \\t]*$");

  private static final Pattern WEB_LINK = Pattern.compile("(?<!!)\\[[^\\]]+]\\((https?://[^)\\s]+)[^)]*\\)");

  private MarkdownText() {}

  /** The address of the first web link ({@code [text](https://…)}), or "" when there is none. */
  static String firstLinkUrl(String markdown) {
    var matcher = WEB_LINK.matcher(markdown);
    return matcher.find() ? matcher.group(1) : "";
  }

  /**
   * Each rule runs only when the text holds the character every one of its matches needs: most
   * bodies are plain prose, and nine regular-expression passes over each were 5% of a full
   * rebuild's CPU, on the one thread that reads the source (docs/benchmarks.md, "Indexing, issue 11").
   */
  static String strip(String markdown) {
    String text = replace(markdown, "`~", CODE_FENCE, "");
    text = replace(text, "-*_", RULE, "");
    text = replace(text, "#", HEADING, "$1");
    text = replace(text, ">", BLOCKQUOTE, "");
    text = replace(text, "]", IMAGE, "$1");
    text = replace(text, "]", LINK, "$1");
    text = replace(text, "`", INLINE_CODE, "$1");
    text = replace(text, "*_", STRONG, "$2");
    return replace(text, "*_", EMPHASIS, "$2");
  }

  /** {@code pattern} replaced in {@code text} when it holds one of {@code needed}'s characters. */
  private static String replace(String text, String needed, Pattern pattern, String replacement) {
    for (int i = 0; i < needed.length(); i++) {
      if (text.indexOf(needed.charAt(i)) >= 0) {
        return pattern.matcher(text).replaceAll(replacement);
      }
    }
    return text;
  }
}
