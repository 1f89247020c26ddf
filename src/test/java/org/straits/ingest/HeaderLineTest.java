package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderLineTest {

  @Test
  void readsSimplifiedAndTraditionalHeaders() {
    assertEquals(Optional.of(new HeaderLine("The Trends", List.of("Xiu Chunping"), "2015-03-10", List.of("Li Minjie"), "")),
        HeaderLine.parse("The Trends | 作者: Xiu Chunping | 时间: 2015-03-10 | 责编: Li Minjie"));
    assertEquals(Optional.of(new HeaderLine("標題", List.of("王小明"), "2015-03-10", List.of("李四"), "中評社")),
        HeaderLine.parse("標題｜作者：王小明｜時間：2015-03-10｜責編：李四｜來源：中評社"));
  }

  @Test
  void ignoresLinesThatAreNotHeaders() {
    assertEquals(Optional.empty(), HeaderLine.parse("A title with no bars"));
    assertEquals(Optional.empty(), HeaderLine.parse("Left | Right"));
  }
}
