package org.straits.web;

import java.util.List;
import java.util.Optional;
import org.straits.analysis.ChineseFolding;
import org.straits.entity.Entity;
import org.straits.entity.discovery.Discovery;
import org.straits.index.FacetDims;
import org.straits.search.EntityNames;

/**
 * Region and actor names as the reader reads them: English on the English interface; on the
 * Chinese one the simplified name, or the traditional name when the reader chose traditional
 * script or typed the query in it; the English name where the gazetteer has no Chinese one.
 * Only what is shown changes: filter values in links stay ids and canonical names.
 */
public final class EntityLabels {
  /** The script names are shown in; {@code lang} is its HTML language tag. */
  public enum Script {
    LATIN("en"), SIMPLIFIED("zh-Hans"), TRADITIONAL("zh-Hant");

    private final String lang;

    Script(String lang) {
      this.lang = lang;
    }

    public String lang() {
      return lang;
    }
  }

  private final EntityNames entities;
  private final Script script;

  EntityLabels(EntityNames entities, Script script) {
    this.entities = entities;
    this.script = script;
  }

  /** The script for a reader: the interface language, the chosen Chinese script, the query's script. */
  static Script scriptFor(boolean chineseUi, boolean traditionalChosen, String query) {
    if (!chineseUi) {
      return Script.LATIN;
    }
    return traditionalChosen || isTraditional(query) ? Script.TRADITIONAL : Script.SIMPLIFIED;
  }

  /** Whether {@code text} has a character that simplified script writes otherwise (灣, 臺, 門). */
  static boolean isTraditional(String text) {
    return text != null && !ChineseFolding.fold(text).equals(text);
  }

  public Script script() {
    return script;
  }

  /**
   * The name of the entity with this id or canonical name; anything else (a name discovery found,
   * which no gazetteer entry names) as it is, but in the reader's Chinese script: 朱凤莲 from a CCTV
   * text reads 朱鳳蓮 on a 繁體 page, as a curated name does, converted as an accepted name's
   * traditional form is proposed ({@link Discovery#traditional}).
   */
  public String of(String idOrName) {
    if (idOrName == null) {
      return "";
    }
    Optional<Entity> entity = entities.idOf(idOrName).flatMap(id -> entities.gazetteer().byId(id));
    return entity.map(this::of).orElseGet(() -> inScript(idOrName));
  }

  /** A name with no entry, in the reader's Chinese script; Latin names as they are. */
  private String inScript(String name) {
    if (script == Script.LATIN || !Discovery.hasHan(name)) {
      return name;
    }
    return script == Script.TRADITIONAL ? Discovery.traditional(name) : ChineseFolding.fold(name);
  }

  public String of(Entity entity) {
    return switch (script) {
      case LATIN -> entity.name();
      case SIMPLIFIED -> first(entity.zhHans(), entity.zhHant(), entity.name());
      case TRADITIONAL -> first(entity.zhHant(), entity.zhHans(), entity.name());
    };
  }

  /**
   * The language tag of {@link #of}'s label: the script's on the Chinese interface when the label is
   * Chinese, {@code en} when it fell back to the English name (or the interface is English).
   */
  public String langOf(String idOrName) {
    return script != Script.LATIN && Discovery.hasHan(of(idOrName)) ? script.lang() : Script.LATIN.lang();
  }

  /** The labels of a facet path, e.g. 台湾 ▸ 金门县 for Taiwan/Kinmen County. */
  public List<String> path(List<String> names) {
    return names.stream().map(this::of).toList();
  }

  /** A facet value as shown: regions and actors by name, languages by name, others as they are. */
  public String value(String dim, String value) {
    if (dim.equals(FacetDims.REGION) || dim.equals(FacetDims.ACTOR)) {
      return of(value);
    }
    if (dim.equals(FacetDims.LANG)) {
      boolean chinese = script != Script.LATIN;
      return switch (value) {
        case "en" -> chinese ? "英文" : "English";
        case "zh" -> "中文";
        default -> value;
      };
    }
    return value;
  }

  /**
   * The entity's name in the other language, shown beside the label: Chinese on the English
   * interface, English on the Chinese one; null when there is none or it is the label itself.
   */
  public String other(String idOrName) {
    String shown = of(idOrName);
    Optional<Entity> entity = entities.idOf(idOrName == null ? "" : idOrName).flatMap(id -> entities.gazetteer().byId(id));
    Optional<String> other = entity.map(e -> script == Script.LATIN ? first(e.zhHans(), e.zhHant(), null) : e.name());
    return other.filter(name -> !name.equals(shown)).orElse(null);
  }

  /** The language tag of {@link #other}: Chinese beside English labels, English beside Chinese ones. */
  public String otherLang() {
    return script == Script.LATIN ? "zh-Hans" : "en";
  }

  private static String first(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }
}
