package org.straits.entity;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Writes entities and stop aliases in the gazetteer file's own layout, for export and review. */
public final class GazetteerYaml {
  /** Plain scalars need no quotes; anything else is written double-quoted. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'’()\\-&/·]*[\\p{L}\\p{N}.)]|[\\p{L}\\p{N}]");

  private GazetteerYaml() {}

  /** One entry of the {@code entities:} list, indented as in gazetteer.yaml. */
  public static String entry(Entity e) {
    StringBuilder out = new StringBuilder();
    out.append("  - id: ").append(e.id()).append('\n');
    field(out, "name", e.name());
    field(out, "type", e.type().yamlName());
    field(out, "zh_hans", e.zhHans());
    field(out, "zh_hant", e.zhHant());
    field(out, "parent", e.parent());
    list(out, "aliases", e.aliases());
    list(out, "affiliations", e.affiliations());
    field(out, "note", e.note());
    return out.toString();
  }

  /** The {@code stop_aliases:} line. */
  public static String stopAliases(Collection<String> names) {
    return "stop_aliases: [" + String.join(", ", names.stream().map(GazetteerYaml::scalar).toList()) + "]\n";
  }

  private static void field(StringBuilder out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.append("    ").append(key).append(": ").append(scalar(value)).append('\n');
    }
  }

  private static void list(StringBuilder out, String key, List<String> values) {
    if (!values.isEmpty()) {
      out.append("    ").append(key).append(": [")
          .append(String.join(", ", values.stream().map(GazetteerYaml::scalar).toList())).append("]\n");
    }
  }

  static String scalar(String value) {
    boolean reserved = value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("no") || value.equalsIgnoreCase("true")
        || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("null") || value.equalsIgnoreCase("on")
        || value.equalsIgnoreCase("off") || value.equals("~");
    if (PLAIN.matcher(value).matches() && !reserved && !value.chars().allMatch(Character::isDigit)) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
