package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FootnotesTest {

  @Test
  void movesTrailingNotesWithContinuationsAndUrls() {
    String text = """
        Body cites a source.[1] And another.[2]
        [3] is mentioned inline but this paragraph goes on as prose.
        Last body line.


        [1] First note
        continues on the next line.

        [2] https://example.org/a
        https://example.org/b
        """;
    assertEquals(new Footnotes.Split(
            "Body cites a source.[1] And another.[2]\n[3] is mentioned inline but this paragraph goes on as prose.\nLast body line.",
            "[1] First note\ncontinues on the next line.\n\n[2] https://example.org/a\nhttps://example.org/b"),
        Footnotes.split(text));
  }

  @Test
  void leavesTextWithoutTrailingNotesAlone() {
    assertEquals(new Footnotes.Split("[1] starts a paragraph\n\nbut the text goes on.", ""),
        Footnotes.split("[1] starts a paragraph\n\nbut the text goes on.\n"));
    assertEquals(new Footnotes.Split("", ""), Footnotes.split(""));
  }
}
