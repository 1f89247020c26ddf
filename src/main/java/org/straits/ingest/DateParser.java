package org.straits.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the date forms found in English and Chinese sources, and gathers dated evidence from
 * running text and URLs. Impossible dates (February 30) are rejected, never adjusted.
 */
public final class DateParser {

  private static final String MONTH_NAME =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  /** A trailing clock time ("T10:00:00Z", " 17:30") is allowed after a whole date. */
  private static final String TIME_SUFFIX = "(?:[T ]\\d{1,2}:\\d{2}.*)?";

  private static final Pattern NUMERIC =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\s+" + MONTH_NAME + ",?\\s+((?:19|20)\\d{2})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHINESE =
      Pattern.compile("(民[國国]\\s*)?(\\d{2,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
  private static final Pattern MONTH_DAY =
      Pattern.compile(MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
  /** yyyymmdd at the start of a digit run, as in "t20240222_1124" or "202402210305.aspx". */
  private static final Pattern COMPACT =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");
  private static final int ROC_YEAR_OFFSET = 1911;
  /** Sources published this long after a cutoff date still count as agreeing with it. */
  private static final int SHORTLY_AFTER_DAYS = 31;

  private DateParser() {}

  /** The date that {@code text} is, as a whole (a trailing clock time is allowed). */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = halfWidthDigits(text.strip());
    for (Pattern form : List.of(NUMERIC, MONTH_DAY_YEAR, DAY_MONTH_YEAR, CHINESE)) {
      Matcher m = form.matcher(s);
      if (m.lookingAt() && s.substring(m.end()).matches(TIME_SUFFIX)) {
        return toDate(form, m);
      }
    }
    return Optional.empty();
  }

  /** A month and day at the start of {@code text} with no year: "February 21 at 5pm ET". */
  public static Optional<MonthDay> parseMonthDay(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = MONTH_DAY.matcher(text.strip());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MonthDay.of(monthNumber(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Every valid date written in {@code text} or encoded in its URLs ("/2024/02/07/", "20240222"),
   * in order of appearance.
   */
  public static List<LocalDate> findDates(String text) {
    String s = halfWidthDigits(text);
    List<Map.Entry<Integer, LocalDate>> found = new ArrayList<>();
    for (Pattern form : List.of(COMPACT, NUMERIC, MONTH_DAY_YEAR, DAY_MONTH_YEAR, CHINESE)) {
      Matcher m = form.matcher(s);
      while (m.find()) {
        int start = m.start();
        toDate(form, m).ifPresent(date -> found.add(Map.entry(start, date)));
      }
    }
    found.sort(Map.Entry.comparingByKey());
    return found.stream().map(Map.Entry::getValue).toList();
  }

  /**
   * Gives {@code monthDay} the year that agrees with most of {@code evidence}: a report dated by
   * its cutoff cites sources from the year before it, and a few published shortly after. Empty
   * when there is no evidence or two years agree equally well: the date is then unknown.
   */
  public static Optional<LocalDate> completeYear(MonthDay monthDay, List<LocalDate> evidence) {
    LocalDate best = null;
    long bestSupport = 0;
    boolean tied = false;
    List<Integer> candidateYears = evidence.stream()
        .flatMap(d -> Stream.of(d.getYear(), d.getYear() + 1))
        .distinct().sorted().toList();
    for (int year : candidateYears) {
      if (!monthDay.isValidYear(year)) {
        continue;
      }
      LocalDate candidate = monthDay.atYear(year);
      long support = evidence.stream()
          .filter(d -> !d.isBefore(candidate.minusYears(1))
              && !d.isAfter(candidate.plusDays(SHORTLY_AFTER_DAYS)))
          .count();
      if (support > bestSupport) {
        best = candidate;
        bestSupport = support;
        tied = false;
      } else if (support == bestSupport) {
        tied = true;
      }
    }
    return best == null || tied ? Optional.empty() : Optional.of(best);
  }

  private static Optional<LocalDate> toDate(Pattern form, Matcher m) {
    try {
      if (form == NUMERIC) {
        return of(m.group(1), m.group(3), m.group(4));
      } else if (form == COMPACT) {
        return of(m.group(1), m.group(2), m.group(3));
      } else if (form == MONTH_DAY_YEAR) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), monthNumber(m.group(1)),
            Integer.parseInt(m.group(2))));
      } else if (form == DAY_MONTH_YEAR) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), monthNumber(m.group(2)),
            Integer.parseInt(m.group(1))));
      }
      int year = Integer.parseInt(m.group(2)) + (m.group(1) != null ? ROC_YEAR_OFFSET : 0);
      if (year < 1000) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> of(String year, String month, String day) {
    return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
  }

  private static int monthNumber(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  /** Full-width digits (０-９) as ASCII, so one set of patterns reads both. */
  static String halfWidthDigits(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) ('0' + (c - '０')));
      }
    }
    return out == null ? text : out.toString();
  }
}
