package org.straits.entity.discovery;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a Chinese name written in Latin letters, surname first: a common surname in
 * pinyin or Wade–Giles ("Liu", "Hsieh", "Koo") followed by a given name of one or two syllables,
 * run together in pinyin ("Jianchao", "Fenglian") or hyphenated in Wade–Giles ("Kun-chi",
 * "Chen-fu"), or, Singapore and Hong Kong style, as separate words ("Lee Kuan Yew"). English
 * words of the same letters are rare in that position because the surname must come first and
 * the given name must split wholly into syllables.
 */
final class RomanisedNames {
  /** Surnames that are also everyday English words at the start of a sentence are left out. */
  private static final Set<String> SURNAMES = Set.copyOf(java.util.Arrays.asList(("wang li zhang liu chen yang huang zhao wu zhou xu sun "
      + "ma zhu hu guo lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian "
      + "dong pan yuan cai jiang yu du ye cheng wei su lü lv ding ren lu yao shen zhong cui tan fan "
      + "liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei tao mao "
      + "hao gu gong shao wan qian lai wen kong xiang chang tsai hsu lee chiang chu ko koo hsieh "
      + "chou lien soong yeh kuo hsiao chao teng kao lo ho tseng chien chin chuang hung tsao wong "
      + "chan cheung leung lam ng yip kwok chow lau tse tsang hui mak yeung fung tung shih kang "
      + "yen pai ouyang mo bao qi niu ge xing jiao ji lou kuang hsueh chai chi pu gan ruan nie "
      + "geng hua rao yi sang shang sheng xi ran qu zhan yue dai xin bian bi zuo ning lan ke hong "
      + "zhai jing kou goh teo tay lim tan ong wee yeo ko hsiung tsou chuang chen kuan").split(" ")));

  private static final String INITIAL = "(?:zh|ch|sh|hs|ts|tz|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w)?";
  private static final String FINAL = "(?:iang|iong|uang|ueng|iung|eou|ang|eng|ing|ong|ung|iao|ian|ien|ieh"
      + "|uai|uan|uei|ueh|üan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|üe|ün|er|ih|uh|eh"
      + "|a|o|e|i|u|ü|v)";
  private static final String SYLLABLE = INITIAL + FINAL;
  private static final Pattern ONE_OR_TWO = Pattern.compile("(?:" + SYLLABLE + "){1,2}");
  private static final Pattern HYPHENATED = Pattern.compile(SYLLABLE + "-" + SYLLABLE);
  private static final Pattern ONE = Pattern.compile(SYLLABLE);

  private RomanisedNames() {}

  /** Whether these capitalised words read as a Chinese name, surname first. */
  static boolean isChineseName(List<String> words) {
    if (words.size() < 2 || words.size() > 3 || !SURNAMES.contains(lower(words.get(0)))) {
      return false;
    }
    if (words.size() == 3) {
      return ONE.matcher(lower(words.get(1))).matches() && ONE.matcher(lower(words.get(2))).matches();
    }
    String given = lower(words.get(1)).replace("'", "").replace("’", "");
    return given.length() >= 2
        && (ONE_OR_TWO.matcher(given).matches() || HYPHENATED.matcher(given).matches());
  }

  /** "Zhu Fenglian" and "zhufenglian" alike: how a romanised name is compared with pinyin. */
  static String comparable(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : lower(name).toCharArray()) {
      if (c == 'ü' || c == 'v') {
        out.append('u');
      } else if (Character.isLetter(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
