package org.straits;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Path;

/**
 * A small corpus with reposts: one English story, an edited copy from another outlet (title
 * changed, a paragraph dropped), a Chinese story and its traditional-script copy, and
 * stories on the same topics that are not copies.
 */
public final class RepostCorpus {
  public static final String STORY = "reuters:kinmen-drill";
  public static final String STORY_REPOST = "wire:kinmen-drill-repost";
  public static final String ZH_STORY = "cctv:haixia-1";
  public static final String ZH_TRADITIONAL = "cna:haixia-1-trad";
  public static final String OTHER_EN = "reuters:kinmen-ferry";
  public static final String OTHER_ZH = "cctv:haixia-2";

  static final String P1 = "Taiwan's coast guard said on Tuesday that four Chinese coast guard vessels sailed into "
      + "restricted waters off Kinmen, the third such incursion this month, as Beijing steps up pressure on the island.";
  static final String P2 = "The ships entered the zone around 10 a.m. and left two hours later after being warned "
      + "off by radio, the Coast Guard Administration said in a statement, adding that it had shadowed them throughout.";
  static final String P3 = "China has said it will conduct regular law enforcement patrols near Kinmen since two "
      + "Chinese fishermen died in February when their speedboat capsized while being chased by Taiwanese officers.";
  static final String P4 = "Residents of the outlying islands, which lie just a few kilometres from the Chinese city "
      + "of Xiamen, have told reporters that they worry the patrols could become a prelude to a blockade.";
  static final String P5 = "Analysts in Taipei said the patrols were designed to erode Taiwan's control of the waters "
      + "without triggering a military response, a tactic sometimes described as grey-zone coercion.";

  static final String ZH = "国务院台湾事务办公室发言人今天在例行新闻发布会上表示，两岸同胞是血脉相连的一家人，"
      + "大陆方面将继续推动两岸经济文化交流合作，深化两岸各领域融合发展，增进台湾同胞福祉。"
      + "发言人指出，近期有关部门出台了一系列便利台湾同胞在大陆学习、就业、创业和生活的政策措施，受到广泛欢迎。"
      + "对于岛内有关人士的言论，发言人强调，任何分裂国家的图谋都注定失败，两岸关系和平发展的大势不可阻挡。";
  static final String ZH_OTHER = "国务院台湾事务办公室今天举行例行新闻发布会，发言人就金门海域渔船事件回答记者提问，"
      + "表示有关方面正在全力处理善后事宜，要求台湾方面查明真相、严惩肇事者，并向遇难者家属作出交代。"
      + "发言人还介绍了今年上半年两岸贸易的有关数据，大陆对台湾地区进出口总额同比增长，两岸产业链合作更加紧密。";

  private RepostCorpus() {}

  /** Writes the corpus (one JSON Lines file per outlet) into {@code source}. */
  public static void write(Path source) {
    Fixtures.write(source, "reuters.jsonl",
        line(STORY, "Chinese coast guard ships enter Kinmen waters again", String.join("\n\n", P1, P2, P3, P4, P5), "2024-03-05", "Reuters", "en") + "\n"
        + line(OTHER_EN, "Kinmen ferry service resumes after storm", "Ferry services between Kinmen and Xiamen resumed on Wednesday after a storm "
            + "forced their suspension for two days, the operator said. Passengers crowded the terminal as the first boats left. "
            + "Taiwan's coast guard said the sea was calm and that no vessels had been reported in restricted waters.", "2024-03-06", "Reuters", "en") + "\n");
    Fixtures.write(source, "cctv.jsonl",
        line(ZH_STORY, "国台办：两岸同胞是血脉相连的一家人", ZH, "2024-03-06", "CCTV", "zh") + "\n"
        + line(OTHER_ZH, "国台办就金门海域渔船事件答记者问", ZH_OTHER, "2024-03-07", "CCTV", "zh") + "\n");
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    Fixtures.write(source, "cna.jsonl", line(ZH_TRADITIONAL, toTraditional.transliterate("国台办：两岸同胞是血脉相连的一家人"),
        toTraditional.transliterate(ZH), "2024-03-07", "CNA", "zh") + "\n");
  }

  /** The English repost: title edited, the third paragraph dropped, another outlet. */
  public static String repostLine(String id, String date) {
    return line(id, "UPDATE 2-Taiwan says Chinese coast guard vessels again enter Kinmen waters",
        String.join("\n\n", P1, P2, P4, P5), date, "Wire", "en") + "\n";
  }

  public static String line(String id, String title, String body, String date, String source, String lang) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"" + body.replace("\n", "\\n")
        + "\",\"date\":\"" + date + "\",\"authors\":[],\"source\":\"" + source + "\",\"lang\":\"" + lang + "\"}";
  }
}
