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

  static String strip(String markdown) {
    String text = CODE_FENCE.matcher(markdown).replaceAll("");
    text = RULE.matcher(text).replaceAll("");
    text = HEADING.matcher(text).replaceAll("$1");
    text = BLOCKQUOTE.matcher(text).replaceAll("");
    text = IMAGE.matcher(text).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1");
    text = INLINE_CODE.matcher(text).replaceAll("$1");
    text = STRONG.matcher(text).replaceAll("$2");
    return EMPHASIS.matcher(text).replaceAll("$2");
  }
}
