package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;

/**
 * Words written with symbols on a real index: C++ is the language, never the ℃ of a weather
 * report (NFKC made ℃ "°C", and the tokenizer kept the C), and the letter C stays the letter.
 */
class SymbolWordsSearchTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static Fixtures.Served served;

  @BeforeAll
  static void buildIndex() throws IOException {
    Fixtures.write(source, "docs.jsonl", """
        {"id":"weather","title":"弱冷空气影响我国中东部 局地降温超8℃","body":"河北承德市区今天最低气温降至零下19℃，江苏连云港最低气温达到零下8℃。","date":"2023-01-26","lang":"zh"}
        {"id":"heat","title":"Heatwave in Seville","body":"The thermometer read 40°C (104F) but the room was cool. C programmers stayed indoors.","date":"2023-07-01","lang":"en"}
        {"id":"cpp","title":"Jobs for C++ programmers","body":"Banks hire C++ and C# programmers; C++11 is still common.","date":"2023-05-01","lang":"en"}
        {"id":"plan","title":"Plan C for the strait","body":"If plans A and B fail, Plan C is a blockade. The piece ends in C major.","date":"2023-03-01","lang":"en"}
        """);
    served = Fixtures.served(Fixtures.app(source, indexDir), source);
  }

  @AfterAll
  static void close() throws IOException {
    served.close();
  }

  private static SearchResult search(String query) throws IOException {
    return served.service().search(SearchRequest.of(query));
  }

  private static Set<String> ids(String query) throws IOException {
    return search(query).hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  private static String marked(String query, String id) throws IOException {
    return search(query).hits().stream().filter(h -> h.id().equals(id))
        .map(h -> h.titleHtml() + " " + String.join(" ", h.snippets())).findFirst().orElse("");
  }

  @Test
  void cPlusPlusIsTheLanguageNotTheTemperature() throws IOException {
    assertEquals(Set.of("cpp"), ids("C++ programmers"));
    assertEquals(Set.of("cpp"), ids("C++"));
    String marks = marked("C++ programmers", "cpp");
    assertTrue(marks.contains("<mark>C++</mark>") && marks.contains("<mark>programmers</mark>"), marks);
    assertTrue(marks.contains("<mark>C++</mark>11"), "C++11 is C++ and 11: " + marks);
    assertEquals(Set.of("cpp"), ids("C#"));
  }

  @Test
  void theLetterCIsNeverATemperatureSign() throws IOException {
    assertEquals(Set.of("heat", "plan"), ids("C"), "the letter alone: C programmers, Plan C, C major");
    String plan = served.lookup().find("plan", "Plan C").orElseThrow().bodyHtml();
    assertTrue(plan.matches("(?s).*<mark[^>]*>Plan C</mark>.*"), plan);
    String weather = served.lookup().find("weather", "C").orElseThrow().bodyHtml();
    assertFalse(weather.contains("<mark"), "℃ is no match of C: " + weather);
  }

  @Test
  void aTemperatureFindsBothWaysOfWritingIt() throws IOException {
    assertEquals(Set.of("weather", "heat"), ids("℃"));
    assertEquals(Set.of("weather", "heat"), ids("celsius"));
    assertTrue(marked("℃", "weather").contains("零下19<mark>℃</mark>"), marked("℃", "weather"));
    assertTrue(marked("celsius", "heat").contains("40°<mark>C</mark>"), marked("celsius", "heat"));
    assertEquals(List.of("weather"), search("降温 ℃").hits().stream().map(SearchResult.Hit::id).toList());
  }
}
