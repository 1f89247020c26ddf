package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.straits.entity.Entity;
import org.straits.entity.EntityType;
import org.straits.entity.Gazetteer;
import org.straits.index.FacetDims;

/**
 * Everything known about one entity: its names in every script, its place in the hierarchy and
 * among people and organisations (from the gazetteer), and what the index says about it: how often
 * it is mentioned over time, which regions and actors are named beside it, its newest documents.
 */
public final class EntityProfile {
  /** Newest documents listed on the profile; the full list is a filtered search. */
  public static final int NEWEST = 20;
  /** Co-mentioned regions, and actors, listed each. */
  public static final int CO_MENTIONS = 10;

  /** An entity as other entities and pages refer to it; {@code kind} is its facet dimension. */
  public record EntityRef(String id, String name, String zhHans, String zhHant, String type, String kind) {
    static EntityRef of(Entity entity) {
      return new EntityRef(entity.id(), entity.name(), entity.zhHans(), entity.zhHant(),
          entity.type().yamlName(), EntityDims.of(entity));
    }
  }

  /** Another entity named in {@code documents} of the documents that mention this one. */
  public record CoMention(EntityRef entity, long documents) {}

  public record DocumentRef(String id, String title, String date) {}

  /**
   * One entity's profile. {@code ancestors} run from the root down to the parent; {@code members}
   * are the persons affiliated with an organisation; {@code timeline} counts mentioning documents
   * per year (per month when they all fall in one year), gaps included as zero.
   */
  public record Profile(EntityRef entity, List<String> aliases, String note, List<EntityRef> ancestors,
      List<EntityRef> children, List<EntityRef> affiliations, List<EntityRef> members, long documents,
      List<SearchResult.FacetValue> timeline, List<CoMention> regions, List<CoMention> actors,
      List<DocumentRef> newest) {}

  /**
   * What an engine's index says about one entity, every version of a story counted: the documents
   * naming it, their count per year (per month when they all fall in one year), the entities
   * named beside it (id → documents) and the newest of them.
   */
  public record Mentions(long documents, List<SearchResult.FacetValue> periods, Map<String, Integer> coMentioned,
      List<DocumentRef> newest) {}

  private final SearchEngine engine;
  private final Supplier<Gazetteer> gazetteers;

  public EntityProfile(SearchEngine engine, Supplier<Gazetteer> gazetteers) {
    this.engine = engine;
    this.gazetteers = gazetteers;
  }

  /** The profile of the entity {@code id}, or empty when the gazetteer in force has none. */
  public Optional<Profile> find(String id) throws IOException {
    Gazetteer gazetteer = gazetteers.get();
    Optional<Entity> entity = gazetteer.byId(id);
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(profile(gazetteer, entity.get(), engine.mentions(id, NEWEST)));
  }

  private static Profile profile(Gazetteer gazetteer, Entity entity, Mentions mentions) {
    Map<String, Integer> coMentioned = new java.util.HashMap<>(mentions.coMentioned());
    coMentioned.remove(entity.id());
    return new Profile(EntityRef.of(entity), entity.aliases(), entity.note(), ancestors(gazetteer, entity),
        refs(gazetteer.children(entity.id())), affiliations(gazetteer, entity), members(gazetteer, entity),
        mentions.documents(), TimelineGaps.fill(mentions.periods()),
        top(gazetteer, coMentioned, FacetDims.REGION), top(gazetteer, coMentioned, FacetDims.ACTOR),
        mentions.newest());
  }

  private static List<EntityRef> ancestors(Gazetteer gazetteer, Entity entity) {
    List<String> ids = gazetteer.pathIds(entity.id());
    return refs(ids.subList(0, ids.size() - 1).stream().map(id -> gazetteer.byId(id).orElseThrow()).toList());
  }

  private static List<EntityRef> affiliations(Gazetteer gazetteer, Entity entity) {
    return refs(entity.affiliations().stream().flatMap(id -> gazetteer.byId(id).stream()).toList());
  }

  /** Persons who list {@code organisation} among their affiliations; none for a person or region. */
  private static List<EntityRef> members(Gazetteer gazetteer, Entity organisation) {
    if (organisation.type() == EntityType.PERSON) {
      return List.of();
    }
    return refs(gazetteer.entities().stream()
        .filter(person -> person.affiliations().contains(organisation.id()))
        .toList());
  }

  private static List<EntityRef> refs(List<Entity> entities) {
    return entities.stream().map(EntityRef::of).toList();
  }

  /** The most co-mentioned entities of one dimension, most documents first. */
  private static List<CoMention> top(Gazetteer gazetteer, Map<String, Integer> counts, String dim) {
    List<CoMention> found = new ArrayList<>();
    counts.forEach((id, documents) -> gazetteer.byId(id)
        .filter(other -> EntityDims.of(other).equals(dim))
        .ifPresent(other -> found.add(new CoMention(EntityRef.of(other), documents))));
    found.sort(Comparator.comparingLong((CoMention c) -> -c.documents()).thenComparing(c -> c.entity().name()));
    return List.copyOf(found.subList(0, Math.min(CO_MENTIONS, found.size())));
  }
}
