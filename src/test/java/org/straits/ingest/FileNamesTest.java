package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void splitsNamesFromExtensions() {
    assertEquals("pdf", FileNames.extension("a/b/Report.PDF"));
    assertEquals("", FileNames.extension("a.dir/README"));
    assertEquals("", FileNames.extension(".hidden"));
    assertEquals("Report", FileNames.stem("a/b/Report.PDF"));
    assertEquals("archive.tar", FileNames.stem("archive.tar.gz"));
  }
}
