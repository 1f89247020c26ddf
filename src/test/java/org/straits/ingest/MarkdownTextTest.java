package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void keepsWordsAndDropsMarkup() {
    assertEquals("Title\nSee Kinmen and bold, italic, code.\nquote\n\nalt",
        MarkdownText.strip("## Title ##\nSee [Kinmen](http://x) and **bold**, *italic*, `code`.\n> quote\n---\n![alt](a.png)"));
    assertEquals("snake_case_name and 2 * 3 * 4", MarkdownText.strip("snake_case_name and 2 * 3 * 4"));
  }
}
