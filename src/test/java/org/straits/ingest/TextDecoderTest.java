package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

  static final String SHORT_SIMPLIFIED = "两岸关系\n国台办发言人今天表示，大陆将继续推动两岸交流合作。";
  static final String SHORT_TRADITIONAL = "兩岸關係\n國台辦發言人今天表示，大陸將繼續推動兩岸交流合作。";
  static final String LONG_SIMPLIFIED = "台湾海峡局势\n" + (
      "中国人民解放军东部战区今日在台湾岛周边海空域组织联合演训，检验部队多军兵种联合作战能力。"
          + "外交部发言人在例行记者会上回答有关问题时说，台湾是中国领土不可分割的一部分。\n").repeat(30);
  static final String LONG_TRADITIONAL = "台灣海峽情勢\n" + (
      "國防部今日表示，共軍機艦持續在臺灣周邊海空域活動，國軍依規定嚴密監控並適切應處。"
          + "行政院長在立法院答詢時指出，政府將持續強化國防自主與全社會防衛韌性。\n").repeat(30);

  @ParameterizedTest
  @ValueSource(strings = {"GB18030", "GBK", "GB2312"})
  void decodesSimplifiedChineseInGbEncodings(String encoding) {
    assertDecodes(SHORT_SIMPLIFIED, encoding, "GB18030");
    assertDecodes(LONG_SIMPLIFIED, encoding, "GB18030");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Big5", "Big5-HKSCS"})
  void decodesTraditionalChineseInBig5(String encoding) {
    assertDecodes(SHORT_TRADITIONAL, encoding, "Big5-HKSCS");
    assertDecodes(LONG_TRADITIONAL, encoding, "Big5-HKSCS");
  }

  @Test
  void decodesTraditionalChineseWrittenInGbk() {
    // GBK holds traditional characters too; they must not be mistaken for Big5.
    assertDecodes(SHORT_TRADITIONAL, "GBK", "GB18030");
  }

  @Test
  void decodesATitleAndOneSentence() {
    assertDecodes("台湾\n习近平会见马英九。", "GBK", "GB18030");
    assertDecodes("臺灣\n總統府發表聲明。", "Big5", "Big5-HKSCS");
  }

  @Test
  void stripsTheUtf8BomAndNormalisesLineEndings() {
    byte[] body = "Taiwan\r\n台湾\rend".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(new TextDecoder.Decoded("Taiwan\n台湾\nend", "UTF-8"), TextDecoder.decode(bytes));
  }

  @Test
  void decodesUtf16ByItsBom() {
    assertEquals(new TextDecoder.Decoded("台湾 Taiwan", "UTF-16LE"),
        TextDecoder.decode(withBom("台湾 Taiwan", StandardCharsets.UTF_16LE, 0xFF, 0xFE)));
    assertEquals(new TextDecoder.Decoded("台湾 Taiwan", "UTF-16BE"),
        TextDecoder.decode(withBom("台湾 Taiwan", StandardCharsets.UTF_16BE, 0xFE, 0xFF)));
  }

  @Test
  void keepsValidUtf8AsUtf8() {
    assertDecodes(SHORT_SIMPLIFIED, "UTF-8", "UTF-8");
    assertDecodes("plain ASCII", "UTF-8", "UTF-8");
  }

  @Test
  void fallsBackToWindows1252ForLatinText() {
    assertDecodes("Café in Zürich – “quoted” naïve résumé", "windows-1252", "windows-1252");
  }

  private static void assertDecodes(String text, String encoding, String expectedCharset) {
    TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(Charset.forName(encoding)));
    assertEquals(text, decoded.text(), "text of " + encoding);
    assertEquals(expectedCharset, decoded.charset(), "charset of " + encoding);
  }

  private static byte[] withBom(String text, Charset charset, int first, int second) {
    byte[] body = text.getBytes(charset);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) first;
    bytes[1] = (byte) second;
    System.arraycopy(body, 0, bytes, 2, body.length);
    return bytes;
  }
}
