package org.straits.entity.discovery;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.straits.analysis.ChineseFolding;
import org.straits.entity.EntityType;

/**
 * Finds names in Chinese text with HanLP's portable models: its role-tagging person recogniser
 * (nr: 朱凤莲, 毛宁) and the place (ns) and organisation (nt) words of its core dictionary. The
 * slower place and organisation recognisers are left off: they cost five times the time and, on
 * CCTV text, mostly found phrases (高质量发展, 新时代). What the recogniser proposes is kept only
 * when it looks like a name: a person's name of two to four characters that is not an ordinary
 * dictionary word and does not end in a function character, a two-character name only when it
 * recurs; places and organisations of at least two and three characters.
 */
final class ChineseNames {
  /** Characters a name does not end with: the recogniser sometimes swallows the next word. */
  private static final String NOT_LAST = "和与及的了在是说等为对向从将把被也都就而或并称指方"
      + "会市部局院委办署厅省县区村镇港桥山江河湖路街站队团社所司处科组党军第";
  /**
   * Characters of transliterated foreign names. A "Chinese" name followed or preceded by one is
   * a cut piece of a longer foreign name (卢甘|斯克, 辛瓦|尔, 博|阿凯), which the recogniser splits.
   */
  private static final String TRANSLITERATION = "斯克尔德夫基诺娃耶维奇拉莱里甘瓦哈迈凯阿希罗伯特·•"
      + "赫尼兹姆普霍萨纳塔卡巴尤乌艾埃伊奥科戈沙吉杰扎恩贝佩蒂索托";
  /** Characters after a place word that show the name goes on (贵|南县, 之江|村, 太行|山). */
  private static final String PLACE_GOES_ON = "县村镇乡山河湖省市区州岛机舰公共军奖";
  /** Words after a place word that make it part of a company's name (京东物流, 开滦集团). */
  private static final HanWords COMPANY_AFTER = new HanWords("集团 公司 物流 股份 控股 银行 商城 电器 汽车 航空 钢铁 证券 保险 油田".split(" "));
  /** Locative endings: 花园里 is "in the garden". */
  private static final String LOCATIVE = "里内外上下中间边旁";
  /** Characters a place word does not start with: 两国, 多国, 各省 are not places. */
  private static final String NOT_FIRST_PLACE = "两多各全本该我你他此每诸某众这那";

  private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
      .enableNameRecognize(true)
      .enableTranslatedNameRecognize(false)
      .enablePlaceRecognize(false)
      .enableOrganizationRecognize(false)
      .enableCustomDictionary(false)
      .enableOffset(true));
  /**
   * Words that introduce a person in Chinese news: a title, a role, "named". The person
   * recogniser, the costly part, reads only the sentences holding one, or a list (、).
   */
  private static final HanWords PERSON_CUE = new HanWords((
      "发言人 总统 总理 主席 部长 书记 省长 市长 县长 区长 大使 代表 委员 院士 教授 局长 主任 司令 将军 首相 国王 "
      + "外长 议长 秘书长 董事长 总裁 记者 负责人 厅长 理事长 会长 团长 队长 长官 专家 研究员 先生 女士 同志 名叫 叫 "
      + "领导人 创始人 总书记 总干事 署长 处长 校长 院长 所长 经理 选手 运动员 冠军 教练 导演 演员 作家 村民 书记员").split(" "));

  /** A title or role ending right before a name. */
  private static final HanWords ROLE_BEFORE = PERSON_CUE.with((
      "委员 主任 常委 村民 市民 居民 患者 工人 农民 学生 老师 医生 护士 警官 "
      + "民警 干部 党员 志愿者 工程师 技术员 船长 机长 馆长 站长 社长 行长 主编 法官 检察官 律师 副").split(" "));
  /** Between the names of a list. */
  private static final String LIST = "、　";
  /** A verb of speech right after a name: 黄守宏表示. */
  private static final HanWords SPEECH_AFTER = new HanWords(
      "表示 说 指出 强调 认为 介绍 告诉 称 谈到 回忆 感慨 坦言 透露 呼吁 宣布".split(" "));
  /** Han characters that start what follows a whole name (说, 在, 等, 的 …), not more of the name. */
  private static final String FOLLOWS_NAME = "说表指强称介认告会出主讲致宣在等同先女的和与及也还就对向为将已曾是"
      + "作率今日昨近并又现任分被则均亲代发提回答时从到于以把给跟做带参视考调看听签通接抵访共再都正";

  private ChineseNames() {}

  static List<Found> find(String text) {
    String folded = ChineseFolding.fold(text);
    List<Term> terms = new ArrayList<>();
    int sentence = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i == folded.length() || "。！？；\n".indexOf(folded.charAt(i)) >= 0) {
        if (i > sentence) {
          segment(folded, sentence, i, terms);
        }
        sentence = i + 1;
      }
    }
    Map<String, Integer> personCounts = new HashMap<>();
    for (Term term : terms) {
      if (isPerson(term)) {
        personCounts.merge(term.word, 1, Integer::sum);
      }
    }
    List<Found> found = new ArrayList<>();
    java.util.Set<String> persons = new java.util.HashSet<>();
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    for (Term term : terms) {
      EntityType type = typeOf(term, personCounts);
      if (type != null && !cutFromLongerName(folded, term, type)) {
        found.add(new Found(term.offset, term.offset + term.word.length(), term.word, type, ""));
        starts.add(term.offset);
        if (type == EntityType.PERSON) {
          persons.add(term.word);
        }
      }
    }
    persons.removeIf(person -> !anchoredSomewhere(folded, person));
    found.removeIf(f -> f.type() == EntityType.PERSON && !persons.contains(f.name()));
    // A person found once is found wherever the text names them, cue or not (邱文明说).
    for (String person : persons) {
      for (int at = folded.indexOf(person); at >= 0; at = folded.indexOf(person, at + person.length())) {
        if (starts.add(at)) {
          found.add(new Found(at, at + person.length(), person, EntityType.PERSON, ""));
        }
      }
    }
    return found;
  }

  /**
   * Whether the text writes the name somewhere as a person: right after a title or role (越南总理
   * 范明政, 村民史瑞娟), in a list of names (、 or a wide space either side), or before a verb of
   * speech (黄守宏表示); and each time followed by what can follow a whole name, not by more of it
   * (王晓|萍). What the recogniser proposes elsewhere is mostly a cut phrase (以水定人, 问计于民).
   */
  private static boolean anchoredSomewhere(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      char previous = at > 0 ? text.charAt(at - 1) : ' ';
      char next = end < text.length() ? text.charAt(end) : ' ';
      boolean whole = !isHan(next) || FOLLOWS_NAME.indexOf(next) >= 0;
      boolean cued = ROLE_BEFORE.endsAt(text, at) || LIST.indexOf(previous) >= 0 || LIST.indexOf(next) >= 0 && !isHan(previous)
          || SPEECH_AFTER.startsAt(text, end);
      if (whole && cued) {
        return true;
      }
    }
    return false;
  }

  /**
   * One sentence's words, offsets into the whole text: the recogniser's where a person may be,
   * else the name-like words of the dictionary (ten times faster, and enough for places and
   * organisations, which the dictionary knows anyway).
   */
  private static void segment(String text, int from, int to, List<Term> into) {
    if (!PERSON_CUE.occursIn(text, from, to)) {
      DictionaryNames.scan(text, from, to, into);
      return;
    }
    for (Term term : SEGMENT.get().seg(text.substring(from, to))) {
      term.offset += from;
      into.add(term);
    }
  }

  private static EntityType typeOf(Term term, Map<String, Integer> personCounts) {
    String word = term.word;
    String nature = term.nature.toString();
    // The part of speech first: most words are none of nr, ns, nt, and the script test costs more.
    if (!DictionaryNames.mayBeName(term.nature) || !allHan(word)) {
      return null;
    }
    if (isPerson(term)) {
      boolean recurs = personCounts.getOrDefault(word, 0) >= 2;
      return word.length() >= 3 || recurs ? EntityType.PERSON : null;
    }
    if (nature.startsWith("ns") && word.length() >= 2 && NOT_FIRST_PLACE.indexOf(word.charAt(0)) < 0) {
      return EntityType.REGION;
    }
    if (nature.startsWith("nt") && word.length() >= 3 && !word.endsWith("队")) { // 中国队: a team, not a body
      return EntityType.AGENCY;
    }
    return null;
  }

  private static boolean cutFromLongerName(String text, Term term, EntityType type) {
    int end = term.offset + term.word.length();
    char before = term.offset > 0 ? text.charAt(term.offset - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    if (type == EntityType.PERSON) {
      return TRANSLITERATION.indexOf(after) >= 0 || TRANSLITERATION.indexOf(before) >= 0;
    }
    if (type == EntityType.REGION) {
      // 中欧班列, 中非合作: China–Europe, China–Africa, not Central Europe; 阿拉伯国家: an adjective.
      boolean chinaAnd = term.word.length() == 2 && term.word.charAt(0) == '中' && "欧非美俄日韩法德英印巴拉亚".indexOf(term.word.charAt(1)) >= 0;
      // 汗尤|尼斯: the tail of a transliterated name.
      boolean tail = term.word.length() == 2 && TRANSLITERATION.indexOf(term.word.charAt(0)) >= 0
          && TRANSLITERATION.indexOf(before) >= 0;
      // 北|达科他州, 南|卡罗来纳州: North and South belong to the state's name.
      boolean northOrSouth = term.word.endsWith("州") && (before == '北' || before == '南');
      if (chinaAnd || tail || northOrSouth || text.startsWith("国家", end) || text.startsWith("世界", end)
          || COMPANY_AFTER.startsAt(text, end)) {
        return true;
      }
      // 南京|南站: a station is not a region.
      return PLACE_GOES_ON.indexOf(after) >= 0 || LOCATIVE.indexOf(term.word.charAt(term.word.length() - 1)) >= 0
          || term.word.endsWith("站")
          || term.word.length() == 2 && PLACE_GOES_ON.indexOf(term.word.charAt(1)) >= 0;
    }
    // 卫生部|门 "health departments"; 巴勒斯坦|卫生部 is another country's ministry, which the bare word is not.
    return after == '门' || isHan(before) && !isHan(text.charAt(Math.max(0, term.offset - 2)))
        || isHan(before) && term.word.endsWith("部") && term.word.length() <= 3;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isPerson(Term term) {
    String word = term.word;
    if (term.nature != Nature.nr || word.length() < 2 || word.length() > 4
        || NOT_LAST.indexOf(word.charAt(word.length() - 1)) >= 0) {
      return false;
    }
    CoreDictionary.Attribute known = CoreDictionary.get(word);
    if (known != null && !(known.hasNature(Nature.nr) && known.nature[0] == Nature.nr)) {
      return false;
    }
    // 国友好, 区森林, 高水平: a character glued to an ordinary word is not a name.
    CoreDictionary.Attribute rest = word.length() == 3 ? CoreDictionary.get(word.substring(1)) : null;
    return rest == null || rest.hasNature(Nature.nr);
  }

  private static boolean allHan(String word) {
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** "Zhu Fenglian" for 朱凤莲: pinyin of the surname, then of the given name run together. */
  static String romanised(String chineseName) {
    List<Pinyin> syllables = HanLP.convertToPinyinList(chineseName);
    if (syllables.size() != chineseName.length() || syllables.size() < 2) {
      return "";
    }
    StringBuilder given = new StringBuilder();
    for (Pinyin p : syllables.subList(1, syllables.size())) {
      given.append(p.getPinyinWithoutTone());
    }
    return capital(syllables.get(0).getPinyinWithoutTone()) + " " + capital(given.toString());
  }

  private static String capital(String syllable) {
    return syllable.isEmpty() ? syllable
        : syllable.substring(0, 1).toUpperCase(Locale.ROOT) + syllable.substring(1);
  }
}
