package org.straits;

import java.nio.file.Path;

/**
 * CCTV 新闻联播 of 17 October 2023 (cctv-xwlb:20231017-01 and -03): one welcome-ceremony template
 * used for two state visits the same day, which share most of their shingles (MinHash alone folds
 * them) but not their news; and a repost of the first with an edited title and a paragraph dropped.
 */
public final class TemplateBulletins {
  public static final String CHILE_ID = "cctv:20231017-01";
  public static final String INDONESIA_ID = "cctv:20231017-03";
  public static final String CHILE_REPOST_ID = "chinanews:20231017-chile";

  public static final String CHILE = "央视网消息（新闻联播）：国家主席习近平17日上午在人民大会堂北大厅举行仪式，欢迎智利共和国总统加夫列尔·博里奇对我国进行国事访问。\n\n"
      + "天安门广场上鸣礼炮21响。\n\n中共中央政治局常委、中央书记处书记蔡奇，中共中央政治局委员、中央外事工作委员会办公室主任王毅等出席欢迎仪式。\n\n"
      + "陪同博里奇访华的有外交部部长、驻华大使、政府秘书部部长等。\n\n军乐团奏智中两国国歌。\n\n博里奇在习近平陪同下检阅中国人民解放军仪仗队。\n\n"
      + "两国元首回到检阅台观看仪仗队分列式。\n\n博里奇是应习近平的邀请来华出席第三届“一带一路”国际合作高峰论坛并对我国进行国事访问的。";
  public static final String INDONESIA = "央视网消息（新闻联播）：国家主席习近平17日下午在人民大会堂北大厅举行仪式，欢迎印度尼西亚共和国总统佐科·维多多对我国进行国事访问。\n\n"
      + "天安门广场上鸣礼炮21响。\n\n中共中央政治局常委、中央书记处书记蔡奇，中共中央政治局委员、中央外事工作委员会办公室主任王毅等出席欢迎仪式。\n\n"
      + "陪同佐科访华的有外交部部长、内阁秘书部部长、贸易部部长等。\n\n军乐团奏印中两国国歌。\n\n佐科在习近平陪同下检阅中国人民解放军仪仗队。\n\n"
      + "两国元首回到检阅台观看仪仗队分列式。\n\n佐科是应习近平的邀请来华出席第三届“一带一路”国际合作高峰论坛并对我国进行国事访问的。";
  public static final String CHILE_TITLE = "习近平举行仪式欢迎智利总统访华";
  public static final String INDONESIA_TITLE = "习近平举行仪式欢迎印度尼西亚总统访华";
  /** The repost: another outlet's title, the salute paragraph dropped. */
  public static final String CHILE_REPOST_TITLE = "习近平欢迎智利总统博里奇";
  public static final String CHILE_REPOST = CHILE.replace("\n\n天安门广场上鸣礼炮21响。", "");

  private TemplateBulletins() {}

  /** Writes the two bulletins (one file) and the repost (another outlet's file) into {@code source}. */
  public static void write(Path source) {
    Fixtures.write(source, "cctv-20231017.jsonl",
        RepostCorpus.line(CHILE_ID, CHILE_TITLE, CHILE, "2023-10-17", "CCTV", "zh") + "\n"
        + RepostCorpus.line(INDONESIA_ID, INDONESIA_TITLE, INDONESIA, "2023-10-17", "CCTV", "zh") + "\n");
    Fixtures.write(source, "chinanews-20231017.jsonl",
        RepostCorpus.line(CHILE_REPOST_ID, CHILE_REPOST_TITLE, CHILE_REPOST, "2023-10-18", "China News", "zh") + "\n");
  }
}
