package org.straits.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.straits.analysis.ChineseFolding;
import org.straits.entity.Entity;
import org.straits.entity.Gazetteer;

/**
 * Every name of every entity in the form people type it: NFKC, lower case, traditional folded to
 * simplified, single spaces. Built once per gazetteer; a linear scan of a few thousand short keys
 * per keystroke is far cheaper than the index search that runs beside it.
 */
final class EntityNameIndex {
  /** One name of an entity; {@code primary} for the canonical and Chinese names, not aliases. */
  record NameEntry(Entity entity, String surface, String key, boolean primary) {}

  /**
   * The best name of one entity for what was typed; {@code startsName} when the name itself begins
   * with the text ("Kin" → Kinmen County), not only one of its later words (United Kingdom).
   */
  record Match(NameEntry entry, boolean exact, boolean startsName) {}

  /** Within one entity: an exact name, then a primary name, then one that begins with the text, then the shorter. */
  private static final Comparator<Match> BEST_NAME = Comparator
      .comparing((Match m) -> !m.exact())
      .thenComparing(m -> !m.entry().primary())
      .thenComparing(m -> !m.startsName())
      .thenComparingInt(m -> m.entry().surface().length());

  /**
   * Across entities, the one order of "best match first" that the search box and the facet value
   * boxes share: exact names, then canonical and Chinese names before aliases, then names that
   * begin with the text before those with a later word that does ("Kin": Kinmen County, then
   * United Kingdom), then the heavier (more documents), then the shorter name.
   */
  static <T> Comparator<T> ranking(Function<T, Match> match, ToLongFunction<T> weight) {
    return Comparator.comparing((T t) -> !match.apply(t).exact())
        .thenComparing(t -> !match.apply(t).entry().primary())
        .thenComparing(t -> !match.apply(t).startsName())
        .thenComparingLong(t -> -weight.applyAsLong(t))
        .thenComparingInt(t -> match.apply(t).entry().surface().length());
  }

  /** The index of the gazetteer in force, rebuilt when an administrator reloads it. */
  static final class Current {
    private final Supplier<Gazetteer> gazetteers;
    private volatile EntityNameIndex names;

    Current(Supplier<Gazetteer> gazetteers) {
      this.gazetteers = gazetteers;
    }

    EntityNameIndex get() {
      Gazetteer now = gazetteers.get();
      EntityNameIndex known = names;
      if (known == null || known.gazetteer() != now) {
        known = EntityNameIndex.of(now);
        names = known;
      }
      return known;
    }
  }

  private final Gazetteer gazetteer;
  private final List<NameEntry> entries;
  /** The entries by key: every search page asks whether its query is exactly a name. */
  private final Map<String, List<NameEntry>> byKey = new HashMap<>();

  private EntityNameIndex(Gazetteer gazetteer, List<NameEntry> entries) {
    this.gazetteer = gazetteer;
    this.entries = entries;
    entries.forEach(e -> byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
  }

  static EntityNameIndex of(Gazetteer gazetteer) {
    List<NameEntry> entries = new ArrayList<>();
    for (Entity entity : gazetteer.entities()) {
      List<String> primary = entity.primaryNames();
      for (String name : entity.allNames()) {
        entries.add(new NameEntry(entity, name, key(name), primary.contains(name)));
      }
    }
    return new EntityNameIndex(gazetteer, List.copyOf(entries));
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** {@code text} as it is compared: 臺灣 and 台湾, "KINMEN " and "kinmen" give the same key. */
  static String key(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return Spaces.collapse(ChineseFolding.fold(normal).strip());
  }

  /**
   * Entity id → its best name that starts with {@code typedKey}, or has a word that does
   * ("tsai" finds Tsai Ing-wen, "china" finds South China Sea). Ties between names of one entity
   * prefer the one written as typed, so 臺 reports 臺灣 rather than 台湾.
   */
  Map<String, Match> prefixMatches(String typedKey, String typedRaw) {
    Map<String, Match> best = new LinkedHashMap<>();
    for (NameEntry entry : entries) {
      if (!startsAWord(entry.key(), typedKey)) {
        continue;
      }
      Match match = new Match(entry, entry.key().equals(typedKey), entry.key().startsWith(typedKey));
      best.merge(entry.entity().id(), match, (a, b) -> better(a, b, typedRaw));
    }
    return best;
  }

  /** Entity id → its best name whose key is {@code typedKey} itself: the exact ones of {@link #prefixMatches}. */
  Map<String, Match> exactMatches(String typedKey, String typedRaw) {
    Map<String, Match> best = new LinkedHashMap<>();
    for (NameEntry entry : byKey.getOrDefault(typedKey, List.of())) {
      best.merge(entry.entity().id(), new Match(entry, true, true), (a, b) -> better(a, b, typedRaw));
    }
    return best;
  }

  private static Match better(Match a, Match b, String typedRaw) {
    int order = BEST_NAME.compare(a, b);
    if (order != 0) {
      return order < 0 ? a : b;
    }
    return !writtenAsTyped(a, typedRaw) && writtenAsTyped(b, typedRaw) ? b : a;
  }

  private static boolean writtenAsTyped(Match match, String typedRaw) {
    return match.entry().surface().toLowerCase(Locale.ROOT).startsWith(typedRaw.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Canonical names of entities of {@code kind} whose names {@code typedKey} starts a word of, or
   * is at most two edits from (one per four characters): what "did you mean" offers.
   */
  List<String> similar(String kind, String typedKey, int limit) {
    Map<String, Integer> distanceById = new LinkedHashMap<>();
    Map<String, Entity> byId = new LinkedHashMap<>();
    int allowed = Math.min(2, Math.max(1, typedKey.length() / 4));
    for (NameEntry entry : entries) {
      if (!EntityDims.of(entry.entity()).equals(kind) || typedKey.isEmpty()) {
        continue;
      }
      int distance = startsAWord(entry.key(), typedKey) ? 0 : EditDistance.of(entry.key(), typedKey, allowed);
      if (distance <= allowed) {
        distanceById.merge(entry.entity().id(), distance, Math::min);
        byId.put(entry.entity().id(), entry.entity());
      }
    }
    return distanceById.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
            .thenComparingInt(e -> byId.get(e.getKey()).name().length()))
        .limit(limit)
        .map(e -> byId.get(e.getKey()).name())
        .toList();
  }

  private static boolean startsAWord(String key, String typedKey) {
    return key.startsWith(typedKey) || key.contains(" " + typedKey);
  }
}
