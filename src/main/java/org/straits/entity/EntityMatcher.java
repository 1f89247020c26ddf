package org.straits.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the gazetteer's entities in a document. Matching runs on a normalised, upper-cased copy
 * of the text (same length, so offsets are the original's); each hit is then checked against its
 * name's case rule and word boundaries at the original offsets. Overlaps are settled
 * leftmost-longest, so 台湾海峡 is the Taiwan Strait and not Taiwan, and "South China Sea" is
 * not China.
 *
 * <p>When one surface form names several entities, the span goes to the first name whose case
 * rule accepts it, in the order: canonical English or Chinese name before alias, then file order.
 * {@link Gazetteer#lint()} reports such collisions.
 *
 * <p>A document's own acronym definitions win over the gazetteer's: see {@link AcronymDefinitions}.
 *
 * <p>Immutable after construction and safe to share between indexing threads.
 */
public final class EntityMatcher {
  private static final Comparator<Mention> LEFTMOST_LONGEST = Comparator
      .comparingInt(Mention::start)
      .thenComparing(Mention::end, Comparator.reverseOrder());

  private final Gazetteer gazetteer;
  private final AhoCorasick automaton;
  private final SurfaceName[][] namesByPattern;

  public EntityMatcher(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    Map<String, List<SurfaceName>> namesByKey = NameTable.of(gazetteer).namesByKey();
    List<char[]> patterns = new ArrayList<>(namesByKey.size());
    namesByPattern = new SurfaceName[namesByKey.size()][];
    for (Map.Entry<String, List<SurfaceName>> entry : namesByKey.entrySet()) {
      namesByPattern[patterns.size()] = entry.getValue().toArray(SurfaceName[]::new);
      patterns.add(entry.getKey().toCharArray());
    }
    automaton = new AhoCorasick(patterns);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Mentions in {@code text}, sorted by start, never overlapping, offsets into {@code text}. */
  public List<Mention> find(String text) {
    char[] normalized = MatchNormalization.normalize(text);
    char[] upper = MatchNormalization.upper(normalized);
    List<Mention> candidates = new ArrayList<>();
    automaton.scan(upper, (pattern, end) -> {
      int start = end - automaton.patternLength(pattern);
      SurfaceName name = accepted(namesByPattern[pattern], normalized, start, end);
      if (name != null) {
        candidates.add(new Mention(name.entityId(), start, end));
      }
    });
    List<Mention> mentions = leftmostLongest(candidates).stream().filter(m -> m.entityId() != null).toList();
    return AcronymDefinitions.apply(text, mentions, gazetteer);
  }

  /** How often each entity is mentioned in {@code text}, in order of first mention. */
  public Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention mention : find(text)) {
      counts.merge(mention.entityId(), 1, Integer::sum);
    }
    return counts;
  }

  /** The name that may claim this span, or null if word boundaries or case rules forbid it. */
  private static SurfaceName accepted(SurfaceName[] names, char[] text, int start, int end) {
    // All names of one key share their first and last letters up to case, hence boundaries.
    SurfaceName any = names[0];
    if (any.needsBoundaryBefore() && start > 0
        && MatchNormalization.isWordChar(text[start - 1])) {
      return null;
    }
    if (any.needsBoundaryAfter() && end < text.length
        && MatchNormalization.isWordChar(text[end])) {
      return null;
    }
    for (SurfaceName name : names) {
      if (name.caseMatches(text, start)) {
        return name;
      }
    }
    return null;
  }

  private static List<Mention> leftmostLongest(List<Mention> candidates) {
    candidates.sort(LEFTMOST_LONGEST);
    List<Mention> chosen = new ArrayList<>();
    int coveredUntil = 0;
    for (Mention candidate : candidates) {
      if (candidate.start() >= coveredUntil) {
        chosen.add(candidate);
        coveredUntil = candidate.end();
      }
    }
    return chosen;
  }
}
