package org.straits.admin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.straits.entity.Entity;
import org.straits.entity.EntityType;
import org.straits.entity.GazetteerException;
import org.straits.entity.GazetteerYaml;
import org.straits.entity.discovery.Decision;
import org.straits.entity.discovery.ReviewedGazetteer;
import org.straits.index.DocumentRefresh;

/**
 * What a reviewer decides about a discovered value: accept it as a new gazetteer entity, merge
 * it into an existing one as an alias, or reject it (never proposed again). Each decision is
 * checked against the gazetteer in force (a decision that would break it is refused with the
 * reason), stored beside the index, audited, and applied at once to the documents holding the
 * value, without a full rebuild; a rebuild applies every stored decision again.
 */
public final class DiscoveryReview {
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private final ReviewDecisions decisions;
  private final AuditLog audit;
  private final IndexJobs jobs;
  private final Supplier<ReviewedGazetteer> reviewed;
  private final Runnable applyDecisions;
  private final Supplier<DocumentRefresh> refresh;
  private final Path index;
  private final Clock clock;

  public DiscoveryReview(ReviewDecisions decisions, AuditLog audit, IndexJobs jobs,
      Supplier<ReviewedGazetteer> reviewed, Runnable applyDecisions, Supplier<DocumentRefresh> refresh,
      Path index, Clock clock) {
    this.decisions = decisions;
    this.audit = audit;
    this.jobs = jobs;
    this.reviewed = reviewed;
    this.applyDecisions = applyDecisions;
    this.refresh = refresh;
    this.index = index;
    this.clock = clock;
  }

  /** What a decision did, for the page. */
  public record Outcome(String message, boolean applied) {}

  /** A refused decision: the message says why, in words for the reviewer. */
  public static final class RefusedException extends Exception {
    public RefusedException(String message) {
      super(message);
    }
  }

  /** Accepts {@code keys} (one value, or a linked pair) as the entity the reviewer edited. */
  public Outcome accept(String who, List<String> keys, Entity entity) throws RefusedException, IOException {
    if (!ID.matcher(entity.id()).matches()) {
      throw new RefusedException("The id '" + entity.id() + "' may only hold a-z, 0-9 and '-'.");
    }
    if (entity.name().isBlank()) {
      throw new RefusedException("The entity needs a name.");
    }
    if (reviewed.get().gazetteer().byId(entity.id()).isPresent()) {
      throw new RefusedException("There is already an entity '" + entity.id() + "'; merge into it or choose another id.");
    }
    Instant now = clock.instant();
    List<Decision> made = new ArrayList<>();
    made.add(new Decision(keys.get(0), Decision.Action.ACCEPT, entity, null, List.of(), who, now));
    for (String other : keys.subList(1, keys.size())) {
      made.add(new Decision(other, Decision.Action.MERGE, null, entity.id(), List.of(nameOf(other)), who, now));
    }
    return decide(who, "accept", made, "accepted as " + entity.id());
  }

  /** Merges {@code keys} into entity {@code target}: their names become its aliases. */
  public Outcome merge(String who, List<String> keys, String target, List<String> extraNames)
      throws RefusedException, IOException {
    if (reviewed.get().gazetteer().byId(target).isEmpty()) {
      throw new RefusedException("There is no entity '" + target + "' to merge into.");
    }
    Instant now = clock.instant();
    List<Decision> made = new ArrayList<>();
    for (String key : keys) {
      Set<String> names = new LinkedHashSet<>();
      names.add(nameOf(key));
      extraNames.stream().map(String::strip).filter(n -> !n.isEmpty()).forEach(names::add);
      made.add(new Decision(key, Decision.Action.MERGE, null, target, List.copyOf(names), who, now));
    }
    return decide(who, "merge", made, "merged into " + target);
  }

  /** Rejects {@code keys}: never proposed again. */
  public Outcome reject(String who, List<String> keys) throws RefusedException, IOException {
    Instant now = clock.instant();
    List<Decision> made = keys.stream()
        .map(k -> new Decision(k, Decision.Action.REJECT, null, null, List.of(nameOf(k)), who, now)).toList();
    return decide(who, "reject", made, "rejected");
  }

  private Outcome decide(String who, String action, List<Decision> made, String what)
      throws RefusedException, IOException {
    var gazetteer = reviewed.get().gazetteer();
    for (Decision d : made) {
      try {
        gazetteer = ReviewedGazetteer.apply(gazetteer, d);
      } catch (GazetteerException e) {
        audit.record(who, "review " + action, d.key(), "refused: " + e.getMessage());
        throw new RefusedException("This would break the gazetteer: " + e.getMessage());
      }
    }
    for (Decision d : made) {
      decisions.add(d);
    }
    applyDecisions.run();
    String keys = String.join(", ", made.stream().map(Decision::key).toList());
    try {
      int documents = jobs.exclusive(() -> {
        int n = 0;
        for (Decision d : made) {
          n += refresh.get().refresh(index, d.key());
        }
        return n;
      });
      audit.record(who, "review " + action, keys, "ok: " + what + ", " + documents + " documents updated");
      return new Outcome(nameOf(made.get(0).key()) + " " + what + "; " + documents + " documents updated.", true);
    } catch (JobAlreadyRunningException e) {
      audit.record(who, "review " + action, keys, "saved; not yet applied: " + e.getMessage());
      return new Outcome(nameOf(made.get(0).key()) + " " + what + ". " + e.getMessage()
          + " The decision is saved; decide again after the run, or run a full rebuild, to update its documents.", false);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("the decision is saved but its documents could not be updated: " + e.getMessage(), e);
    }
  }

  /** Every decision as a fragment of gazetteer.yaml, to fold into the curated file. */
  public String exportYaml() {
    ReviewedGazetteer now = reviewed.get();
    StringBuilder out = new StringBuilder("# Review decisions exported by Straits on " + clock.instant() + ".\n"
        + "# Fold into gazetteer.yaml: append the entities (an entity that already exists in the file is\n"
        + "# written whole, with the aliases merged into it: replace its entry), and add the stop aliases.\n");
    Set<String> rejected = new LinkedHashSet<>();
    Set<String> written = new LinkedHashSet<>();
    StringBuilder entities = new StringBuilder();
    for (Decision d : decisions.all()) {
      switch (d.action()) {
        case REJECT -> rejected.addAll(d.names());
        case ACCEPT, MERGE -> {
          String id = d.action() == Decision.Action.ACCEPT ? d.entity().id() : d.target();
          if (written.add(id)) {
            now.gazetteer().byId(id).ifPresent(e -> entities.append(GazetteerYaml.entry(e)));
          }
        }
      }
    }
    rejected.retainAll(now.rejected());
    out.append(GazetteerYaml.stopAliases(rejected));
    out.append("entities:\n").append(entities);
    return out.toString();
  }

  /** The proposal a reviewer starts from: id, type, Chinese names and aliases, all editable. */
  public static Entity proposal(String name, String zh, String alias, String type, String parent,
      List<String> affiliations, String traditional, String romanised, int documents) {
    boolean chineseOnly = zh.isEmpty() && org.straits.entity.discovery.Discovery.hasHan(name);
    String english = chineseOnly && !romanised.isEmpty() ? romanised : name;
    String simplified = chineseOnly ? name : zh;
    List<String> aliases = alias.isEmpty() ? List.of() : List.of(alias);
    EntityType entityType = EntityType.fromYaml(type).orElse(EntityType.AGENCY);
    return new Entity(slug(english), english, entityType, simplified.isEmpty() ? null : simplified,
        simplified.isEmpty() ? null : traditional, aliases, parent,
        entityType == EntityType.PERSON ? affiliations : List.of(),
        "Accepted from discovery (" + documents + " documents).");
  }

  static String slug(String name) {
    String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static String nameOf(String key) {
    return key.substring(key.indexOf('/') + 1);
  }
}
