package org.straits.entity.discovery;

import java.util.Locale;
import org.straits.entity.EntityKind;
import org.straits.entity.EntityType;

/**
 * A name the gazetteer does not know, found in one document: an unreviewed facet value.
 *
 * @param name the facet value: the English form when the document gives one, else the Chinese
 * @param zh the Chinese form linked to it (朱凤莲 for "Zhu Fenglian"), or ""
 * @param alias an acronym the document defines for it, or ""
 * @param type what it looks like (person, agency, region …): proposed at review, editable
 * @param count mentions in the document
 */
public record Discovered(String name, String zh, String alias, EntityType type, int count) {

  public Discovered {
    if (name == null || name.isBlank() || name.contains("\t") || name.contains("/")) {
      throw new IllegalArgumentException("bad discovered name '" + name + "'");
    }
    zh = zh == null ? "" : zh;
    alias = alias == null ? "" : alias;
  }

  public EntityKind kind() {
    return type.kind();
  }

  /** The facet dimension's name: {@code region} or {@code actor}. */
  public String dim() {
    return kind().name().toLowerCase(Locale.ROOT);
  }

  /** One key per dimension and name: how the index finds the documents a decision touches. */
  public String key() {
    return keyOf(dim(), name);
  }

  public static String keyOf(String dim, String name) {
    return dim + "/" + name;
  }

  /** The stored form: tab-separated fields, read back by {@link #parse}. */
  public String stored() {
    return String.join("\t", name, zh, alias, type.yamlName(), Integer.toString(count));
  }

  public static Discovered parse(String stored) {
    String[] f = stored.split("\t", -1);
    if (f.length != 5) {
      throw new IllegalArgumentException("bad stored discovered value '" + stored + "'");
    }
    EntityType type = EntityType.fromYaml(f[3])
        .orElseThrow(() -> new IllegalArgumentException("unknown type in '" + stored + "'"));
    return new Discovered(f[0], f[1], f[2], type, Integer.parseInt(f[4]));
  }
}
