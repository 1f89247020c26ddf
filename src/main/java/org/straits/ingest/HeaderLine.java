package org.straits.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line metadata header of pages saved from Chinese think-tank sites:
 * {@code Title | 作者: Author | 时间: 2015-03-10 | 责编: Editor}, in simplified or traditional
 * characters, with ASCII or full-width colons and bars.
 *
 * @param dateText the date field as written, "" when absent
 */
public record HeaderLine(String title, List<String> authors, String dateText, List<String> editors,
    String source) {

  private static final Pattern BAR = Pattern.compile("\\s*[|｜]\\s*");
  private static final Pattern FIELD = Pattern.compile(
      "(作者|作\\s*者|author|authors|时间|時間|日期|发布时间|發布時間|date|责编|責編|编辑|編輯|editor"
          + "|editors|来源|來源|source)\\s*[:：]\\s*(.*)",
      Pattern.CASE_INSENSITIVE);

  /** The header, when {@code line} is one: at least one bar and one recognised field. */
  public static Optional<HeaderLine> parse(String line) {
    String[] parts = BAR.split(line.strip());
    if (parts.length < 2) {
      return Optional.empty();
    }
    String title = "";
    String authors = "";
    String date = "";
    String editors = "";
    String source = "";
    boolean recognised = false;
    for (String part : parts) {
      Matcher field = FIELD.matcher(part);
      if (!field.matches()) {
        title = title.isEmpty() ? part : title + " | " + part;
        continue;
      }
      recognised = true;
      String value = field.group(2).strip();
      switch (kind(field.group(1))) {
        case "author" -> authors = value;
        case "date" -> date = value;
        case "editor" -> editors = value;
        default -> source = value;
      }
    }
    if (!recognised) {
      return Optional.empty();
    }
    return Optional.of(new HeaderLine(title.strip(), PersonNames.split(authors), date,
        PersonNames.split(editors), source));
  }

  private static String kind(String key) {
    String k = key.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    if (k.startsWith("author") || k.equals("作者")) {
      return "author";
    }
    if (k.startsWith("date") || k.contains("时间") || k.contains("時間") || k.equals("日期")) {
      return "date";
    }
    if (k.startsWith("editor") || k.contains("编") || k.contains("編")) {
      return "editor";
    }
    return "source";
  }
}
