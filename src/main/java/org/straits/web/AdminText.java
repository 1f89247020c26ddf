package org.straits.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Numbers, times, sizes and messages for the admin pages in the reader's UI language: grouped
 * digits, dates as people write them (in the server's time zone, which is named), no raw maps or
 * nanoseconds. Templates get it as {@code fmt}; actions use it for their messages.
 */
public final class AdminText {
  private final Views views;
  private final Locale locale;
  private final Locale formatting;
  private final ZoneId zone;

  AdminText(Views views, Locale locale, ZoneId zone) {
    this.views = views;
    this.locale = locale;
    this.formatting = Views.formatting(locale);
    this.zone = zone;
  }

  Locale locale() {
    return locale;
  }

  /** The UI message {@code key} with {@code args} filled in (numbers grouped, plurals chosen). */
  String msg(String key, Object... args) {
    return args.length == 0 ? views.message(locale, key) : views.format(locale, key, java.util.Arrays.asList(args), key);
  }

  /** 22620 → "22,620". */
  public String number(long n) {
    return NumberFormat.getIntegerInstance(formatting).format(n);
  }

  /** A moment as people read it, to the second, with the time zone: "Dec 1, 2026, 9:18:13 AM UTC". */
  public String time(Instant instant) {
    if (instant == null) {
      return "";
    }
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(formatting);
    return format.format(instant.atZone(zone)) + " " + zone.getDisplayName(TextStyle.SHORT, formatting);
  }

  /** As {@link #time(Instant)} for an ISO-8601 instant written as text; other text as it is. */
  public String time(String iso) {
    try {
      return time(Instant.parse(iso));
    } catch (DateTimeParseException | NullPointerException notAnInstant) {
      return iso == null ? "" : iso;
    }
  }

  /** How long a run took: "0.4 s", "12 s", "3 min 5 s". */
  public String duration(Instant from, Instant to) {
    if (from == null || to == null) {
      return "";
    }
    Duration d = Duration.between(from, to);
    if (d.toSeconds() < 10) {
      return msg("admin.seconds", Math.round(d.toMillis() / 100.0) / 10.0);
    }
    return d.toMinutes() == 0 ? msg("admin.seconds", d.toSeconds()) : msg("admin.minutes", d.toMinutes(), d.toSecondsPart());
  }

  /** Bytes in megabytes with one decimal, "123.4 MB", or whole kilobytes below one megabyte. */
  public String megabytes(long bytes) {
    if (bytes < 0) {
      return "—"; // an engine that does not say (SolrCloud)
    }
    if (bytes < 1_048_576) {
      return number(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
    }
    NumberFormat format = NumberFormat.getNumberInstance(formatting);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(bytes / 1_048_576.0) + " MB";
  }

  /** A run's outcome in words: "done", or "failed: reason" (the reason as the run gave it). */
  public String outcome(String outcome) {
    if (outcome.equals("ok")) {
      return msg("admin.runs.ok");
    }
    return outcome.startsWith("failed: ") ? msg("admin.runs.failed", outcome.substring("failed: ".length())) : outcome;
  }

  /** A documents-per-second figure, or a dash when the run was too small for one to mean anything. */
  public String rate(Double perSecond) {
    return perSecond == null ? "–" : number(Math.round(perSecond));
  }

  /** Counts per language, by name: "English 5,789 · Chinese 16,831". */
  public String languages(Map<String, Long> counts) {
    StringJoiner all = new StringJoiner(" · ");
    counts.forEach((code, n) -> all.add(named("admin.lang." + code, code) + " " + number(n)));
    return all.length() == 0 ? "–" : all.toString();
  }

  /** Distinct values per facet, by the facet's label: "Region 12 · Actor 30 · …". */
  public String facets(Map<String, ? extends Number> counts) {
    StringJoiner all = new StringJoiner(" · ");
    counts.forEach((dim, n) -> all.add(named("facet." + dim, dim) + " " + number(n.longValue())));
    return all.length() == 0 ? "–" : all.toString();
  }

  private String named(String key, String fallback) {
    String text = views.message(locale, key);
    return text.equals(key) ? fallback : text;
  }
}
