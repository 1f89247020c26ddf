package org.straits.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.straits.admin.AdminSessions;
import org.straits.admin.AuditLog;
import org.straits.admin.DiscoveryReview;
import org.straits.entity.Entity;
import org.straits.entity.EntityKind;
import org.straits.entity.EntityType;
import org.straits.entity.Gazetteer;
import org.straits.entity.discovery.Discovery;
import org.straits.search.DiscoveredCandidates;
import org.straits.search.EntityNames;

/**
 * {@code /admin/discovered}: names discovery found, most documents first, with where they are
 * written; each can be accepted as a new entity (proposal editable), merged into an entity as an
 * alias, or rejected. {@code /admin/discovered/export.yaml}: every decision as a gazetteer fragment.
 */
final class ReviewPage {
  static final String PATH = "/discovered";
  private static final int LIMIT = 60;

  /** A candidate with the proposal its accept form starts from. */
  record Row(DiscoveredCandidates.Candidate candidate, Entity proposal, String keys, String names,
      List<String> coMentioned) {}

  private final Site site;
  private final DiscoveryReview review;
  private final DiscoveredCandidates candidates;
  private final EntityNames entities;
  private final AuditLog audit;
  private final Map<String, AdminActions.Flash> flashes = new ConcurrentHashMap<>();

  ReviewPage(Site site, DiscoveryReview review, DiscoveredCandidates candidates, EntityNames entities, AuditLog audit) {
    this.site = site;
    this.review = review;
    this.candidates = candidates;
    this.entities = entities;
    this.audit = audit;
  }

  static boolean handles(String path) {
    return path.equals(PATH) || path.startsWith(PATH + "/");
  }

  void show(HttpServerExchange exchange, AdminSessions.Session session, String path) throws Exception {
    if (path.equals(PATH + "/export.yaml")) {
      audit.record(session.who(), "review export", "gazetteer fragment", "ok");
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/yaml; charset=utf-8");
      exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"review-decisions.yaml\"");
      exchange.getResponseSender().send(review.exportYaml());
      return;
    }
    if (!path.equals(PATH)) {
      throw new WebException(404, "There is no admin page at this address.");
    }
    String dim = first(exchange, "dim");
    String filter = first(exchange, "q");
    if (!dim.isEmpty() && !dim.equals("region") && !dim.equals("actor")) {
      throw new WebException(400, "dim must be region or actor, not '" + (dim.length() > 20 ? dim.substring(0, 20) : dim) + "'.");
    }
    Gazetteer gazetteer = entities.gazetteer();
    List<Row> rows = new ArrayList<>();
    for (DiscoveredCandidates.Candidate c : candidates.list(dim, filter, LIMIT)) {
      rows.add(row(c, gazetteer));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("csrf", session.csrfToken());
    model.put("who", session.who());
    model.put("flash", flashes.remove(session.id()));
    model.put("rows", rows);
    model.put("dim", dim);
    model.put("filter", filter);
    model.put("types", Arrays.stream(EntityType.values()).map(EntityType::yamlName).toList());
    site.page(exchange, 200, "admin-discovered", model);
  }

  private Row row(DiscoveredCandidates.Candidate c, Gazetteer gazetteer) {
    String parent = null;
    List<String> affiliations = new ArrayList<>();
    EntityKind kind = c.dim().equals("region") ? EntityKind.REGION : EntityKind.ACTOR;
    for (String id : c.coMentioned()) {
      Entity e = gazetteer.byId(id).orElse(null);
      if (e == null) {
        continue;
      }
      if (kind == EntityKind.REGION && e.kind() == EntityKind.REGION && parent == null) {
        parent = id;
      } else if (kind == EntityKind.ACTOR && e.kind() == EntityKind.ACTOR && e.type() != EntityType.PERSON
          && affiliations.isEmpty()) {
        affiliations.add(id);
      }
    }
    String zhName = c.zh().isEmpty() && Discovery.hasHan(c.name()) ? c.name() : c.zh();
    Entity proposal = DiscoveryReview.proposal(c.name(), c.zh(), c.alias(), c.type(), parent, affiliations,
        zhName.isEmpty() ? "" : Discovery.traditional(zhName),
        Discovery.hasHan(c.name()) ? Discovery.romanised(c.name()) : "", c.documents());
    List<String> names = new ArrayList<>();
    if (!c.zh().isEmpty()) {
      names.add(c.zh());
    }
    if (!c.alias().isEmpty()) {
      names.add(c.alias());
    }
    List<String> co = c.coMentioned().stream().map(id -> gazetteer.byId(id).map(Entity::name).orElse(id)).toList();
    return new Row(c, proposal, String.join("\n", c.keys()), String.join(", ", names), co);
  }

  /** Handles a POST to {@code path}; answers with where to go next. */
  String act(AdminSessions.Session session, String path, AdminForm form) throws Exception {
    List<String> keys = keys(form.text("keys"));
    AdminActions.Flash flash;
    try {
      DiscoveryReview.Outcome outcome = switch (path) {
        case PATH + "/accept" -> review.accept(session.who(), keys, entity(form));
        case PATH + "/merge" -> review.merge(session.who(), keys, target(form.text("target")), list(form.text("names")));
        case PATH + "/reject" -> review.reject(session.who(), keys);
        default -> throw new WebException(404, "There is no admin action at this address.");
      };
      flash = new AdminActions.Flash(outcome.message(), !outcome.applied());
    } catch (DiscoveryReview.RefusedException e) {
      flash = new AdminActions.Flash(e.getMessage(), true);
    }
    flashes.put(session.id(), flash);
    return AdminArea.PREFIX + PATH;
  }

  private static List<String> keys(String text) {
    List<String> keys = text.lines().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    if (keys.isEmpty() || keys.stream().anyMatch(k -> !(k.startsWith("region/") || k.startsWith("actor/")) || k.length() > 300)) {
      throw new WebException(400, "This form does not name a discovered value; reload the review page.");
    }
    return keys;
  }

  private String target(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      throw new WebException(400, "Name the entity to merge into (its id or any of its names).");
    }
    return entities.idOf(value).orElse(value);
  }

  private static Entity entity(AdminForm form) {
    EntityType type = EntityType.fromYaml(form.text("type").strip())
        .orElseThrow(() -> new WebException(400, "Choose one of the gazetteer's types."));
    List<String> affiliations = type == EntityType.PERSON ? list(form.text("affiliations")) : List.of();
    return new Entity(form.text("id").strip(), form.text("name").strip(), type, blankToNull(form.text("zh_hans")),
        blankToNull(form.text("zh_hant")), list(form.text("aliases")), blankToNull(form.text("parent")),
        affiliations, blankToNull(form.text("note")));
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split("[,，\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String first(HttpServerExchange exchange, String name) {
    var values = exchange.getQueryParameters().get(name);
    return values == null || values.isEmpty() ? "" : values.getFirst().strip();
  }
}
