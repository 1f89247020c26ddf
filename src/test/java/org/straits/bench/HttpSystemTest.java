package org.straits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The HTTP bench reads an API answer's total without parsing the rest of it. */
class HttpSystemTest {
  @Test
  void theTopLevelTotalIsReadWhereverItIs() throws IOException {
    assertEquals(12, HttpSystem.total("{\"total\":12,\"hits\":[{\"total\":3}]}"));
    assertEquals(7, HttpSystem.total("{\"hits\":[{\"total\":3,\"x\":{\"total\":4}}],\"facets\":{\"total\":5},\"total\":7}"));
  }

  @Test
  void anAnswerWithoutATotalIsAnError() {
    assertThrows(IOException.class, () -> HttpSystem.total("{\"hits\":[],\"facets\":{\"total\":5}}"));
    assertThrows(IOException.class, () -> HttpSystem.total("[1,2]"));
  }
}
