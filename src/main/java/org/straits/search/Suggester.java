package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.straits.entity.Entity;

/**
 * Suggestions while a person types, in English or Chinese: gazetteer entities whose names start
 * with the text (or have a word that does), and document titles that do. Follows the gazetteer in
 * force, like {@link EntityNames}: an administrator can reload it while the server runs.
 */
public final class Suggester {
  /** Longer text is not typing but pasting; it is refused rather than scanned. */
  public static final int MAX_TEXT_LENGTH = 100;
  public static final int MAX_LIMIT = 20;
  /** Titles are a second list under the entities; a few are enough. */
  static final int MAX_TITLES = 5;

  /** An entity to suggest; {@code matched} is the name or alias the typed text matched. */
  public record EntitySuggestion(String id, String name, String zh, String type, String kind, String matched) {}

  public record TitleSuggestion(String id, String title) {}

  public record Suggestions(List<EntitySuggestion> entities, List<TitleSuggestion> titles) {
    static final Suggestions NONE = new Suggestions(List.of(), List.of());
  }

  /** A ranked candidate: the entity's best name and how many documents mention it. */
  private record Ranked(EntityNameIndex.Match match, int documents) {}

  /** The shared best-match order (the most mentioned among equals), then by name. */
  private static final Comparator<Ranked> RANKING = EntityNameIndex.<Ranked>ranking(Ranked::match, Ranked::documents)
      .thenComparing(r -> r.match().entry().entity().name());

  private final SearchEngine engine;
  private final EntityNames entities;

  /** {@code entities} is the one resolver of the gazetteer in force, shared with the engine. */
  public Suggester(SearchEngine engine, EntityNames entities) {
    this.engine = engine;
    this.entities = entities;
  }

  /** At most {@code limit} entities and a few titles for {@code typed}; blank text suggests nothing. */
  public Suggestions suggest(String typed, int limit) throws IOException {
    if (typed.length() > MAX_TEXT_LENGTH) {
      throw new SearchException("suggestions are for typed text of at most " + MAX_TEXT_LENGTH
          + " characters, not " + typed.length());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new SearchException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    String key = EntityNameIndex.key(typed);
    if (key.isEmpty()) {
      return Suggestions.NONE;
    }
    return new Suggestions(
        ranked(entities.nameIndex().prefixMatches(key, typed)).stream().limit(limit).map(Suggester::suggestion).toList(),
        engine.titles(typed, Math.min(limit, MAX_TITLES)));
  }

  /**
   * The entity the whole query names, if it is exactly one of its names or aliases (after
   * trimming, case and script folding): "Kinmen", "金門", "quemoy". The most mentioned wins a tie.
   */
  public Optional<Entity> exactEntity(String query) throws IOException {
    String key = query == null || query.length() > MAX_TEXT_LENGTH ? "" : EntityNameIndex.key(query);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Map<String, EntityNameIndex.Match> matches = entities.nameIndex().exactMatches(key, query);
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    List<Ranked> ranked = ranked(matches);
    return Optional.of(ranked.get(0).match().entry().entity());
  }

  private List<Ranked> ranked(Map<String, EntityNameIndex.Match> matches) throws IOException {
    Map<String, Integer> documents = engine.entityDocumentCounts();
    List<Ranked> ranked = new ArrayList<>();
    matches.forEach((id, match) -> ranked.add(new Ranked(match, documents.getOrDefault(id, 0))));
    ranked.sort(RANKING);
    return ranked;
  }

  private static EntitySuggestion suggestion(Ranked ranked) {
    Entity entity = ranked.match().entry().entity();
    String zh = entity.zhHans() != null ? entity.zhHans() : entity.zhHant();
    return new EntitySuggestion(entity.id(), entity.name(), zh, entity.type().yamlName(),
        EntityDims.of(entity), ranked.match().entry().surface());
  }
}
