package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

  private static List<String> occurrences(List<String> patterns, String text) {
    AhoCorasick automaton =
        new AhoCorasick(patterns.stream().map(String::toCharArray).toList());
    List<String> found = new ArrayList<>();
    automaton.scan(text.toCharArray(), (pattern, end) -> found.add(
        patterns.get(pattern) + "@" + (end - automaton.patternLength(pattern))));
    return found;
  }

  @Test
  void reportsOverlappingAndNestedOccurrencesByEndOffset() {
    assertEquals(List.of("she@1", "he@2", "hers@2"),
        occurrences(List.of("he", "she", "his", "hers"), "ushers"));
  }

  @Test
  void followsFailureLinksAcrossPartialMatches() {
    assertEquals(List.of("aaab@0", "aab@1", "ab@2", "b@3", "b@4"),
        occurrences(List.of("aab", "ab", "b", "aaab"), "aaabb"));
  }

  @Test
  void matchesChineseAndRepeatedOccurrences() {
    assertEquals(List.of("台湾@0", "台湾@3", "台湾海峡@3"),
        occurrences(List.of("台湾", "台湾海峡"), "台湾在台湾海峡"));
  }

  @Test
  void refusesEmptyAndDuplicatePatterns() {
    assertThrows(IllegalArgumentException.class,
        () -> new AhoCorasick(List.of("".toCharArray())));
    assertThrows(IllegalArgumentException.class,
        () -> new AhoCorasick(List.of("a".toCharArray(), "a".toCharArray())));
  }
}
