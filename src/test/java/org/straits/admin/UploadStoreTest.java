package org.straits.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.ingest.Ingestor;

class UploadStoreTest {
  @TempDir Path source;

  private final byte[] text = "A title\n\nBody about Kinmen.\n".getBytes(StandardCharsets.UTF_8);

  private UploadStore store() {
    return new UploadStore(source, new Ingestor(), 10_000);
  }

  @Test
  void storesUnderUploadsWithASafeName() throws Exception {
    UploadStore.Stored stored = store().store("../../etc/evil name?.txt", text);
    assertTrue(stored.relativePath().startsWith("uploads/"), stored.relativePath());
    assertTrue(stored.relativePath().endsWith("/evil name_.txt"), stored.relativePath());
    assertEquals(1, stored.documents());
    assertTrue(Files.exists(source.resolve(stored.relativePath())));
  }

  @Test
  void refusesWhatItCannotUseAndStoresNothing() throws Exception {
    UploadStore store = store();
    assertReason(store, "x.exe", text, "unsupported format");
    assertReason(store, "empty.txt", new byte[0], "empty");
    assertReason(store, "big.txt", new byte[20_000], "limit is 10000");
    assertReason(store, "..", text, "not a usable file name");
    assertReason(store, "bad.jsonl", "{not json\n".getBytes(StandardCharsets.UTF_8), "cannot be read");
    assertReason(store, "broken.pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.UTF_8), "cannot be read");
    assertFalse(Files.exists(source.resolve(UploadStore.UPLOADS)), "nothing reached the source folder");
  }

  @Test
  void recognisesTheSameContentUnderAnotherName() throws Exception {
    UploadStore store = store();
    store.store("first.txt", text);
    assertReason(store, "second.txt", text, "same content as uploads/");
  }

  @Test
  void keepsBothFilesWhenNamesCollide() throws Exception {
    UploadStore store = store();
    String first = store.store("same.txt", text).relativePath();
    String second = store.store("same.txt", "Other\n\nDifferent body.\n".getBytes(StandardCharsets.UTF_8)).relativePath();
    assertTrue(second.endsWith("same-2.txt"), second);
    assertFalse(first.equals(second));
  }

  private static void assertReason(UploadStore store, String name, byte[] content, String reason) {
    UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> store.store(name, content));
    assertTrue(e.getMessage().contains(reason), name + ": " + e.getMessage());
  }
}
