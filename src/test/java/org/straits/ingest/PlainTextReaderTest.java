package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

  private static final String THINK_TANK = "000_f7ac3b130b48eef7.txt";
  private static final String WEEKLY_UPDATE = "002_cabe34ed3788d2e2.txt";

  @TempDir Path root;
  private final PlainTextReader reader = new PlainTextReader();

  @Test
  void readsTheHeaderLineSeed() throws IOException {
    Collected sink = Collected.read(reader, Collected.seed(root, THINK_TANK));
    SourceDocument doc = sink.only();
    assertEquals(THINK_TANK, doc.id());
    assertEquals(THINK_TANK, doc.file());
    assertEquals("The Trends of Cross-Straits Relations in a Changing East Asia", doc.title());
    assertEquals(List.of("Xiu Chunping"), doc.authors());
    assertEquals(List.of("Li Minjie"), doc.editors());
    assertEquals(LocalDate.of(2015, 3, 10), doc.date());
    assertTrue(doc.body().startsWith("The repercussions of high-profile “returning to Asia”"), doc.body());
    assertFalse(doc.body().contains("Adjust font size"));
    assertFalse(doc.body().lines().anyMatch(line -> line.strip().startsWith("Xiu Chunping")));
    assertTrue(doc.body().contains("made public commitment to “Four Noes”.[2]"));
    assertTrue(doc.body().contains("The Impacts on Cross-Straits Relations"));
    assertTrue(doc.body().contains("If we examine the peaceful reunification as a historical process"));
    assertFalse(doc.body().contains("Senior Research Fellow"));
    assertTrue(doc.notes().startsWith("[1] Xiu Chunping is Senior Research Fellow at the Taiwan Institute"));
    assertTrue(doc.notes().contains("[4]3\u00a0\u00a0 Zhang Zhijun"), doc.notes());
    assertTrue(doc.notes().contains("[5]4"));
    assertTrue(sink.problems().isEmpty(), sink.problems().toString());
  }

  @Test
  void readsTheCreditBlockSeed() throws IOException {
    Collected sink = Collected.read(reader, Collected.seed(root, WEEKLY_UPDATE));
    SourceDocument doc = sink.only();
    assertEquals(List.of("Nils Peterson", "Matthew Sperzel", "Daniel Shats"), doc.authors());
    assertEquals(List.of("Dan Blumenthal", "Frederick W. Kagan"), doc.editors());
    assertEquals("Institute for the Study of War", doc.source());
    assertEquals(LocalDate.of(2024, 2, 21), doc.date());
    assertEquals("China–Taiwan Weekly Update, February 21, 2024", doc.title());
    assertTrue(doc.body().startsWith("The China–Taiwan Weekly Update focuses on"), doc.body());
    assertFalse(doc.body().contains("Authors:"));
    assertFalse(doc.body().contains("Data Cutoff"));
    assertTrue(doc.body().contains("Tuvalu has not set a new date for the election of the new prime minister."));
    assertFalse(doc.body().contains("https://"));
    assertTrue(doc.notes().startsWith("[1] https://udn dot com/news/story/6656/7779686"));
    assertTrue(doc.notes().contains("https://www.chinatimes dot com/opinion/20240208002816-262101"));
    assertTrue(doc.notes().strip().endsWith("highlights-climate-impacts-2024-02-13/"));
    assertTrue(sink.problems().isEmpty(), sink.problems().toString());
  }

  @Test
  void leavesTheDateEmptyAndWarnsWhenNothingGivesTheYear() throws IOException {
    SourceFile file = Collected.write(root, "update.txt", """
        Authors: Jane Roe and John Doe of the Example Institute
        Data Cutoff: March 3 at noon
        Weekly Brief
        Nothing in this text says which year it is.
        """);
    Collected sink = Collected.read(reader, file);
    SourceDocument doc = sink.only();
    assertNull(doc.date());
    assertEquals("Weekly Brief", doc.title());
    assertEquals(List.of("Jane Roe", "John Doe"), doc.authors());
    assertEquals("Example Institute", doc.source());
    assertEquals("Nothing in this text says which year it is.", doc.body());
    assertEquals(1, sink.problems().size());
    assertFalse(sink.problems().get(0).fatal());
    assertTrue(sink.problems().get(0).reason().startsWith("no date: "), sink.problems().toString());
  }

  @Test
  void readsATraditionalHeaderWithFullWidthSeparators() throws IOException {
    SourceFile file = Collected.write(root, "tw/article.txt",
        "兩岸關係展望 ｜ 作者：王小明、陳大文 ｜ 時間：民國113年2月21日 ｜ 責編：李四\n\n兩岸關係近期出現新的變化。\n");
    SourceDocument doc = Collected.read(reader, file).only();
    assertEquals("兩岸關係展望", doc.title());
    assertEquals(List.of("王小明", "陳大文"), doc.authors());
    assertEquals(List.of("李四"), doc.editors());
    assertEquals(LocalDate.of(2024, 2, 21), doc.date());
    assertEquals("兩岸關係近期出現新的變化。", doc.body());
  }

  @Test
  void takesTheFirstShortLineAsTitleOfBareEnglishText() throws IOException {
    SourceFile file = Collected.write(root, "notes/plain.txt",
        "\n\nKinmen and the Coast Guard\n\nThe CCG boarded a sightseeing ship.\nIt stayed 30 minutes.\n");
    Collected sink = Collected.read(reader, file);
    SourceDocument doc = sink.only();
    assertEquals("Kinmen and the Coast Guard", doc.title());
    assertEquals("The CCG boarded a sightseeing ship.\nIt stayed 30 minutes.", doc.body());
    assertNull(doc.date());
    assertEquals("", doc.lang());
    assertTrue(sink.problems().isEmpty());
  }

  @Test
  void usesTheFileNameWhenTheFirstLineIsAParagraph() throws IOException {
    String paragraph = "A long opening paragraph without any title. ".repeat(5).strip();
    SourceDocument doc = Collected.read(reader, Collected.write(root, "long-start.txt", paragraph + "\nSecond line.")).only();
    assertEquals("long-start", doc.title());
    assertTrue(doc.body().startsWith("A long opening paragraph"));
  }

  @Test
  void readsBareChineseTextWithADateLine() throws IOException {
    SourceFile file = Collected.write(root, "zh.txt", "台湾问题与新时代中国统一事业\n2022年8月10日\n\n国务院台湾事务办公室发表白皮书。\n");
    SourceDocument doc = Collected.read(reader, file).only();
    assertEquals("台湾问题与新时代中国统一事业", doc.title());
    assertEquals(LocalDate.of(2022, 8, 10), doc.date());
    assertEquals("国务院台湾事务办公室发表白皮书。", doc.body());
  }

  @Test
  void decodesGbkAndBig5Files() throws IOException {
    SourceFile gbk = Collected.write(root, "gbk.txt", TextDecoderTest.LONG_SIMPLIFIED.getBytes(Charset.forName("GBK")));
    SourceDocument simplified = Collected.read(reader, gbk).only();
    assertEquals("台湾海峡局势", simplified.title());
    assertTrue(simplified.body().startsWith("中国人民解放军东部战区"));

    SourceFile big5 = Collected.write(root, "big5.txt", TextDecoderTest.SHORT_TRADITIONAL.getBytes(Charset.forName("Big5")));
    SourceDocument traditional = Collected.read(reader, big5).only();
    assertEquals("兩岸關係", traditional.title());
    assertEquals("國台辦發言人今天表示，大陸將繼續推動兩岸交流合作。", traditional.body());
  }
}
