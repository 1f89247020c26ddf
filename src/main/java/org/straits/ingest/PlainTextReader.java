package org.straits.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code .txt} files in three layouts: a metadata header line ({@link HeaderLine}), a
 * credit block ({@link CreditBlock}), or bare text whose first short line is the title. In every
 * layout trailing numbered notes and references go to {@code notes}.
 */
public final class PlainTextReader implements DocumentReader {

  private static final int MAX_TITLE_CHARS = 150;
  /** Page furniture saved along with the article: font controls, print and share buttons. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)\\s*【?\\s*(adjust font size|font size|text size|字号|字號|字体|字體)\\s*[:：].*");
  private static final Pattern FOOTNOTE_MARKER = Pattern.compile("\\[\\d+]");
  /** "The China–Taiwan Weekly Update focuses on …": a series describing itself by name. */
  private static final Pattern SERIES_SENTENCE = Pattern.compile(
      "The ((?:[A-Z][\\p{L}\\d–-]*\\s)+?)(?:focuses|is|covers|provides|examines|tracks|reviews"
          + "|summarizes|summarises|assesses)\\b.*");
  private static final Pattern DATE_LABEL = Pattern.compile(
      "(?i)\\s*(?:date|published|日期|时间|時間|发布时间|發布時間)\\s*[:：]\\s*");
  private static final DateTimeFormatter TITLE_DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  @Override
  public boolean accepts(String fileName) {
    return FileNames.hasExtension(fileName, Set.of("txt"));
  }

  @Override
  public void read(SourceFile file, DocumentSink sink) throws IOException {
    List<String> lines = TextDecoder.decode(file.path()).text().lines().toList();
    int first = firstNonBlank(lines, 0);
    if (first >= lines.size()) {
      return;
    }
    Optional<HeaderLine> header = HeaderLine.parse(lines.get(first));
    if (header.isPresent()) {
      sink.document(fromHeaderLine(file, header.get(), lines.subList(first + 1, lines.size()), sink));
      return;
    }
    Optional<CreditBlock> credits = CreditBlock.parse(lines);
    if (credits.isPresent()) {
      sink.document(fromCreditBlock(file, credits.get(), lines, sink));
      return;
    }
    sink.document(fromBareText(file, lines.subList(first, lines.size())));
  }

  private SourceDocument fromHeaderLine(SourceFile file, HeaderLine header, List<String> rest,
      DocumentSink sink) {
    LocalDate date = DateParser.parse(header.dateText()).orElse(null);
    if (date == null) {
      sink.problem(IngestProblem.warning(file.relativePath(), header.dateText().isEmpty()
          ? "no date: the header line has no date field"
          : "no date: cannot read the header date \"" + header.dateText() + "\""));
    }
    Footnotes.Split split = Footnotes.split(withoutFurniture(rest, header.authors()));
    return new SourceDocument(file.relativePath(), file.relativePath(), header.title(), split.body(),
        split.notes(), date, header.authors(), header.editors(), header.source(), "", "");
  }

  private SourceDocument fromCreditBlock(SourceFile file, CreditBlock credits, List<String> lines,
      DocumentSink sink) {
    LocalDate date = creditDate(file, credits, String.join("\n", lines), sink);
    List<String> rest = lines.subList(credits.endLine(), lines.size());
    Footnotes.Split split = Footnotes.split(rest);
    String title = titleAfterCredits(rest, date, file);
    String body = split.body();
    if (!body.isEmpty() && body.lines().findFirst().orElse("").strip().equals(title)) {
      body = body.substring(body.indexOf('\n') + 1).strip();
    }
    return new SourceDocument(file.relativePath(), file.relativePath(), title, body, split.notes(),
        date, credits.authors(), credits.editors(), credits.source(), "", "");
  }

  /**
   * The block's date; a cutoff without a year ("February 21 at 5pm ET") takes the year most of
   * the dates cited in the text agree with. Never guessed: without evidence the date stays null.
   */
  private LocalDate creditDate(SourceFile file, CreditBlock credits, String text, DocumentSink sink) {
    String rel = file.relativePath();
    if (credits.dateText().isEmpty()) {
      sink.problem(IngestProblem.warning(rel, "no date: the credit block has no date line"));
      return null;
    }
    Optional<LocalDate> full = DateParser.parse(credits.dateText());
    if (full.isPresent()) {
      return full.get();
    }
    Optional<MonthDay> monthDay = DateParser.parseMonthDay(credits.dateText());
    if (monthDay.isEmpty()) {
      sink.problem(IngestProblem.warning(rel, "no date: cannot read \"" + credits.dateText() + "\""));
      return null;
    }
    Optional<LocalDate> completed = DateParser.completeYear(monthDay.get(), DateParser.findDates(text));
    if (completed.isEmpty()) {
      sink.problem(IngestProblem.warning(rel, "no date: \"" + credits.dateText()
          + "\" has no year and the text has no dates that settle it"));
    }
    return completed.orElse(null);
  }

  /**
   * A short first line that is not a sentence is the title; a first sentence in which a series
   * names itself gives the series name plus the date; otherwise the file name.
   */
  private String titleAfterCredits(List<String> rest, LocalDate date, SourceFile file) {
    int first = firstNonBlank(rest, 0);
    if (first >= rest.size()) {
      return FileNames.stem(file.relativePath());
    }
    String line = rest.get(first).strip();
    if (line.length() <= MAX_TITLE_CHARS && !line.matches(".*[.!?。！？]$")) {
      return line;
    }
    Matcher series = SERIES_SENTENCE.matcher(line);
    if (series.matches()) {
      String name = series.group(1).strip();
      return date == null ? name : name + ", " + TITLE_DATE.format(date);
    }
    return FileNames.stem(file.relativePath());
  }

  private SourceDocument fromBareText(SourceFile file, List<String> lines) {
    String firstLine = lines.get(0).strip();
    boolean firstIsTitle = firstLine.length() <= MAX_TITLE_CHARS && lines.size() > 1;
    String title = firstIsTitle ? firstLine : FileNames.stem(file.relativePath());
    List<String> rest = firstIsTitle ? lines.subList(1, lines.size()) : lines;
    int dateLine = firstNonBlank(rest, 0);
    LocalDate date = null;
    if (dateLine < rest.size()) {
      date = DateParser.parse(DATE_LABEL.matcher(rest.get(dateLine)).replaceFirst("")).orElse(null);
      if (date != null) {
        rest = rest.subList(dateLine + 1, rest.size());
      }
    }
    Footnotes.Split split = Footnotes.split(rest);
    return new SourceDocument(file.relativePath(), file.relativePath(), title, split.body(),
        split.notes(), date, List.of(), List.of(), "", "", "");
  }

  /**
   * Drops furniture lines, and the byline repeated alone ("Xiu Chunping[1]"), from the lines
   * before the first paragraph; later lines are the article's own.
   */
  private static List<String> withoutFurniture(List<String> lines, List<String> authors) {
    List<String> kept = new ArrayList<>(lines.size());
    boolean inArticle = false;
    for (String line : lines) {
      String bare = FOOTNOTE_MARKER.matcher(line).replaceAll("").strip();
      boolean furniture = FURNITURE.matcher(line).matches()
          || (!bare.isEmpty() && (authors.contains(bare) || bare.equals(String.join(", ", authors))));
      if (inArticle || !furniture) {
        kept.add(line);
      }
      inArticle |= !line.isBlank() && !furniture;
    }
    return kept;
  }

  private static int firstNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }
}
