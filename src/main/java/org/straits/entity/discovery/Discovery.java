package org.straits.entity.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.straits.analysis.ChineseFolding;
import org.straits.entity.Entity;
import org.straits.entity.EntityType;
import org.straits.entity.Gazetteer;
import org.straits.entity.Mention;

/**
 * Names in a document that the gazetteer does not know, pooled per document: the English and
 * Chinese finders' proposals, minus every name the gazetteer claims (curated entities always
 * win: a proposal overlapping a curated mention or a stop alias is dropped, unless it is a longer
 * organisation or place name containing it, "University of Hong Kong"), minus names already
 * known or rejected by a reviewer. A Chinese person whose pinyin is an English name of the same
 * document becomes one value (朱凤莲 → "Zhu Fenglian"); an acronym the document defines joins
 * its long name.
 *
 * <p>Immutable and safe to share between indexing threads.
 */
public final class Discovery {
  private final Set<String> known;

  /**
   * @param gazetteer names it knows (and its stop aliases) are never discovered
   * @param rejected names a reviewer rejected: never proposed again
   */
  public Discovery(Gazetteer gazetteer, Set<String> rejected) {
    Set<String> names = new HashSet<>();
    for (Entity entity : gazetteer.entities()) {
      entity.allNames().forEach(n -> names.add(key(n)));
    }
    gazetteer.stopAliases().forEach(n -> names.add(key(n)));
    rejected.forEach(n -> names.add(key(n)));
    this.known = Set.copyOf(names);
  }

  /** How names are compared with known ones: no case, one Chinese script. */
  public static String key(String name) {
    return ChineseFolding.fold(name.strip()).toLowerCase(Locale.ROOT);
  }

  /**
   * The discovered values of {@code text}, most mentioned first.
   *
   * @param claimed the spans the gazetteer's matcher claimed in the same text
   */
  public List<Discovered> find(String text, List<Mention> claimed) {
    List<Found> proposals = new ArrayList<>(EnglishNames.find(text));
    if (hasHan(text)) {
      proposals.addAll(ChineseNames.find(text));
    }
    Map<String, Pool> pools = new LinkedHashMap<>();
    for (Found found : proposals) {
      Found trimmed = withoutLeadingAcronym(found, claimed);
      if (!yieldsToCurated(trimmed, claimed) && !known.contains(key(trimmed.name()))) {
        pools.computeIfAbsent(trimmed.name(), n -> new Pool(trimmed)).add(trimmed);
      }
    }
    linkAcrossScripts(pools);
    List<Discovered> out = new ArrayList<>();
    for (Pool pool : pools.values()) {
      String alias = pool.alias.isEmpty() || known.contains(key(pool.alias)) ? "" : pool.alias;
      int count = pool.count + (alias.isEmpty() ? 0 : acronymUses(text, alias, claimed));
      out.add(new Discovered(pool.name, pool.zh, alias, pool.type, count));
    }
    out.sort(Comparator.comparingInt(Discovered::count).reversed().thenComparing(Discovered::name));
    return out;
  }

  /**
   * Whether a proposal must give way to the gazetteer: it overlaps a curated mention or stop
   * alias. An organisation's name may contain a curated name before its head word ("University
   * of Hong Kong", "China Construction Bank"), but one that ends in a curated name is that entity
   * ("PRC Taiwan Affairs Office") unless the name is an of-phrase ("Parliament of Tuvalu"), and a
   * place containing one is that place ("Kinmen Island").
   */
  private static boolean yieldsToCurated(Found found, List<Mention> claimed) {
    for (Mention m : claimed) {
      if (m.start() >= found.end()) {
        break;
      }
      if (found.overlaps(m.start(), m.end())) {
        String before = found.name().substring(0, Math.max(0, Math.min(found.name().length(), m.start() - found.start())));
        boolean containsIt = found.start() <= m.start() && m.end() <= found.end()
            && (m.end() < found.end() || before.contains(" of ") || before.contains(" for "));
        if (!containsIt || found.type() == EntityType.PERSON || found.type().kind() == org.straits.entity.EntityKind.REGION) {
          return true;
        }
      }
    }
    return false;
  }

  /** "PRC Ministry of Public Security" is the ministry: a curated acronym before it is a modifier. */
  private static Found withoutLeadingAcronym(Found found, List<Mention> claimed) {
    if (found.type() == EntityType.PERSON || Discovery.hasHan(found.name())) {
      return found;
    }
    for (Mention m : claimed) {
      if (m.start() == found.start() && m.end() < found.end() - 1 && found.name().charAt(m.end() - found.start()) == ' ') {
        String head = found.name().substring(0, m.end() - found.start());
        if (head.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
          return new Found(m.end() + 1, found.end(), found.name().substring(head.length() + 1), found.type(), found.alias());
        }
      }
      if (m.start() > found.start()) {
        break;
      }
    }
    return found;
  }

  /** A Chinese person whose pinyin spells an English person of the document joins it. */
  private static void linkAcrossScripts(Map<String, Pool> pools) {
    Map<String, Pool> englishPersons = new LinkedHashMap<>();
    for (Pool pool : pools.values()) {
      if (pool.type == EntityType.PERSON && !hasHan(pool.name)) {
        englishPersons.put(RomanisedNames.comparable(pool.name), pool);
      }
    }
    if (englishPersons.isEmpty()) {
      return;
    }
    pools.values().removeIf(pool -> {
      if (pool.type != EntityType.PERSON || !hasHan(pool.name)) {
        return false;
      }
      Pool english = englishPersons.get(RomanisedNames.comparable(ChineseNames.romanised(pool.name)));
      if (english == null || !english.zh.isEmpty()) {
        return false;
      }
      english.zh = pool.name;
      english.count += pool.count;
      return true;
    });
  }

  /** Uses of a defined acronym as a whole word outside curated mentions. */
  private static int acronymUses(String text, String acronym, List<Mention> claimed) {
    int uses = 0;
    for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length())) {
      int end = at + acronym.length();
      boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      boolean inBrackets = at > 0 && text.charAt(at - 1) == '(';
      int start = at;
      if (whole && !inBrackets && claimed.stream().noneMatch(m -> m.start() < end && start < m.end())) {
        uses++;
      }
    }
    return uses;
  }

  /**
   * How a person's name compares across scripts: "Zhu Fenglian", "zhufenglian" and 朱凤莲 (by its
   * pinyin) give the same string; "" when a Chinese name has no pinyin reading.
   */
  public static String crossScriptKey(String name) {
    return RomanisedNames.comparable(hasHan(name) ? ChineseNames.romanised(name) : name);
  }

  /** "Zhu Fenglian" for 朱凤莲 (pinyin, surname first); "" without a reading. */
  public static String romanised(String chineseName) {
    return ChineseNames.romanised(ChineseFolding.fold(chineseName));
  }

  /**
   * The traditional-script form of a simplified name, for a proposed zh_hant and for a found name
   * shown on a 繁體 page: ICU's Simplified-Traditional transform, which writes names as Taiwan does
   * (王東峰, 國台辦), where HanLP's table wrote variant forms (王東峯, 國臺辦).
   */
  public static String traditional(String simplified) {
    synchronized (ToTraditional.INSTANCE) {
      // A Transliterator is not safe for concurrent use; a name is a few characters.
      return ToTraditional.INSTANCE.transliterate(simplified);
    }
  }

  /** Loaded on first use: the transform's rules take a moment to build. */
  private static final class ToTraditional {
    static final com.ibm.icu.text.Transliterator INSTANCE =
        com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");
  }

  public static boolean hasHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // CJK ideographs, extension A and compatibility ideographs: a range check, not a script lookup.
      if (c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
        return true;
      }
    }
    return false;
  }


  /** Mentions of one name in one document. */
  private static final class Pool {
    final String name;
    final EntityType type;
    String alias = "";
    String zh = "";
    int count;

    Pool(Found first) {
      this.name = first.name();
      this.type = first.type();
    }

    void add(Found found) {
      count++;
      if (alias.isEmpty()) {
        alias = found.alias();
      }
    }
  }
}
