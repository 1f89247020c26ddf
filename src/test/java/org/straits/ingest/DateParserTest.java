package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  private static final LocalDate FEB_21_2024 = LocalDate.of(2024, 2, 21);

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-21", "2024/2/21", "2024.02.21", "February 21, 2024",
      "21 February 2024", "Feb. 21, 2024", "Feb 21 2024", "2024年2月21日", "2024 年 2 月 21 日",
      "民國113年2月21日", "民国113年2月21日", "２０２４年２月２１日", "民國１１３年２月２１日",
      "2024-02-21T08:30:00Z", " 2024-02-21 ", "february 21st, 2024"})
  void readsEveryWrittenFormOfTheSameDay(String written) {
    assertEquals(Optional.of(FEB_21_2024), DateParser.parse(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "February 30, 2024", "2023年2月29日", "民國113年13月1日",
      "2024-00-10", "", "next Tuesday", "2024-02-21 and more words", "113年2月21日"})
  void rejectsImpossibleOrUnreadableDates(String written) {
    assertEquals(Optional.empty(), DateParser.parse(written));
  }

  @Test
  void leapDayIsValidInALeapYear() {
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DateParser.parse("2024-02-29"));
  }

  @Test
  void readsMonthAndDayWithoutYear() {
    assertEquals(Optional.of(MonthDay.of(2, 21)), DateParser.parseMonthDay("February 21 at 5pm ET"));
    assertEquals(Optional.of(MonthDay.of(9, 3)), DateParser.parseMonthDay("Sept. 3"));
    assertEquals(Optional.empty(), DateParser.parseMonthDay("February 30"));
    assertEquals(Optional.empty(), DateParser.parseMonthDay("Cutoff soon"));
  }

  @Test
  void findsDatesInUrlsAndProse() {
    String text = "see https://x.ru/articles/2024/02/07/1018866-bank and "
        + "https://cna.com.tw/news/acn/202402210305.aspx and t20240222_11248543.shtml, "
        + "reuters ...-2024-01-29/ then on January 26, 2024 and 2023年6月23日; "
        + "twitter status 1758356516242137475 is not a date, nor is 20241399.";
    assertEquals(List.of(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 21),
            LocalDate.of(2024, 2, 22), LocalDate.of(2024, 1, 29), LocalDate.of(2024, 1, 26),
            LocalDate.of(2023, 6, 23)),
        DateParser.findDates(text));
  }

  @Test
  void completesTheYearThatMostEvidenceFallsBefore() {
    List<LocalDate> evidence = List.of(LocalDate.of(2024, 2, 17), LocalDate.of(2024, 2, 22),
        LocalDate.of(2023, 6, 23), LocalDate.of(2022, 8, 26), LocalDate.of(2024, 1, 29));
    assertEquals(Optional.of(FEB_21_2024), DateParser.completeYear(MonthDay.of(2, 21), evidence));
  }

  @Test
  void neverInventsAYear() {
    assertTrue(DateParser.completeYear(MonthDay.of(2, 21), List.of()).isEmpty());
    // Feb 29 exists only in leap years: 2023 evidence cannot make 2023-02-29.
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)),
        DateParser.completeYear(MonthDay.of(2, 29), List.of(LocalDate.of(2023, 12, 1))));
  }
}
