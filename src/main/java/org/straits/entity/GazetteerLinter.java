package org.straits.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Review findings for a gazetteer that loads; see {@link GazetteerIssue.Kind}. */
final class GazetteerLinter {
  private final Gazetteer gazetteer;
  private final List<GazetteerIssue> issues = new ArrayList<>();

  private GazetteerLinter(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  static List<GazetteerIssue> lint(Gazetteer gazetteer) {
    GazetteerLinter linter = new GazetteerLinter(gazetteer);
    for (Entity entity : gazetteer.entities()) {
      linter.checkChineseNames(entity);
      linter.checkAffiliations(entity);
    }
    linter.checkNameCollisions();
    return List.copyOf(linter.issues);
  }

  private void checkChineseNames(Entity entity) {
    List<String> missing = new ArrayList<>();
    if (entity.zhHans() == null) {
      missing.add("zh_hans");
    }
    if (entity.zhHant() == null) {
      missing.add("zh_hant");
    }
    if (!missing.isEmpty()) {
      issue(GazetteerIssue.Kind.MISSING_CHINESE_NAME, List.of(entity.id()),
          "entity '" + entity.id() + "': no " + String.join(" and no ", missing));
    }
  }

  private void checkAffiliations(Entity entity) {
    boolean person = entity.type() == EntityType.PERSON;
    if (person && entity.affiliations().isEmpty()) {
      issue(GazetteerIssue.Kind.PERSON_WITHOUT_AFFILIATIONS, List.of(entity.id()),
          "entity '" + entity.id() + "': person without affiliations");
    }
    if (!person && !entity.affiliations().isEmpty()) {
      issue(GazetteerIssue.Kind.ODD_AFFILIATION, List.of(entity.id()),
          "entity '" + entity.id() + "': affiliations are for persons, this is a "
              + entity.type().yamlName());
    }
    for (String affiliation : entity.affiliations()) {
      Entity organisation = gazetteer.byId(affiliation).orElseThrow();
      if (organisation.kind() != EntityKind.ACTOR || organisation.type() == EntityType.PERSON) {
        issue(GazetteerIssue.Kind.ODD_AFFILIATION, List.of(entity.id(), affiliation),
            "entity '" + entity.id() + "': affiliation '" + affiliation
                + "' is not an organisation but a " + organisation.type().yamlName());
      }
    }
  }

  private void checkNameCollisions() {
    for (Map.Entry<String, List<SurfaceName>> entry :
        NameTable.of(gazetteer).namesByKey().entrySet()) {
      List<SurfaceName> names = entry.getValue();
      List<String> ids = names.stream().map(SurfaceName::entityId).distinct().toList();
      if (ids.size() > 1) {
        List<String> inFileOrder = names.stream()
            .sorted((a, b) -> Integer.compare(a.entityOrder(), b.entityOrder()))
            .map(SurfaceName::entityId).distinct().toList();
        issue(GazetteerIssue.Kind.NAME_COLLISION, inFileOrder,
            "name '" + names.get(0).written() + "' is shared by " + quoted(inFileOrder)
                + "; a match goes to '" + ids.get(0)
                + "' (canonical and Chinese names before aliases, then file order)");
      }
    }
  }

  private static String quoted(List<String> ids) {
    return "'" + String.join("', '", ids) + "'";
  }

  private void issue(GazetteerIssue.Kind kind, List<String> ids, String message) {
    issues.add(new GazetteerIssue(kind, gazetteer.source(), gazetteer.lineOf(ids.get(0)), ids,
        message));
  }
}
