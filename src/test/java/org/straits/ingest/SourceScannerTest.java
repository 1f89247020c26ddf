package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {

  @TempDir Path root;
  private final SourceScanner scanner = new SourceScanner(1000, new Ingestor()::supports);

  @Test
  void listsNestedFilesSortedWithTheirHashes() throws IOException {
    Collected.write(root, "b/z.txt", "zed");
    Collected.write(root, "a.md", "# A");
    Collected.write(root, "b/a/deep.jsonl", "{}");
    SourceScanner.ScanResult result = scanner.scan(root);
    assertEquals(List.of("a.md", "b/a/deep.jsonl", "b/z.txt"),
        result.files().stream().map(SourceFile::relativePath).toList());
    SourceFile zed = result.files().get(2);
    assertEquals(3, zed.size());
    assertEquals(64, zed.contentHash().length());
    assertEquals(sha256Hex("zed"), zed.contentHash());
    assertTrue(zed.path().isAbsolute());
    assertTrue(result.skipped().isEmpty(), result.skipped().toString());
  }

  @Test
  void ignoresHiddenFilesAndFoldersSilently() throws IOException {
    Collected.write(root, ".git/config.txt", "x");
    Collected.write(root, "docs/.draft.txt", "x");
    Collected.write(root, "docs/.hidden/inner.md", "x");
    Collected.write(root, "docs/visible.txt", "x");
    SourceScanner.ScanResult result = scanner.scan(root);
    assertEquals(List.of("docs/visible.txt"), result.files().stream().map(SourceFile::relativePath).toList());
    assertTrue(result.skipped().isEmpty());
  }

  @Test
  void skipsWithAReasonForEachProblem() throws IOException {
    Collected.write(root, "photo.jpg", "jpeg");
    Collected.write(root, "empty.txt", new byte[0]);
    Collected.write(root, "big.txt", "x".repeat(1001));
    Collected.write(root, "binary.txt", new byte[] {'a', 0, 'b', 1, 2});
    Collected.write(root, "ok.txt", "fine");
    Map<String, String> reasons = scanner.scan(root).skipped().stream()
        .collect(Collectors.toMap(IngestProblem::file, IngestProblem::reason));
    assertEquals(Map.of(
        "photo.jpg", "unsupported file type .jpg",
        "empty.txt", "empty file",
        "big.txt", "too large: 1001 bytes, limit 1000 bytes",
        "binary.txt", "binary content (NUL bytes) in a .txt file"), reasons);
    assertTrue(scanner.scan(root).skipped().stream().allMatch(p -> p.fatal() && p.line() == 0));
  }

  @Test
  void keepsUtf16TextDespiteItsNulBytes() throws IOException {
    byte[] text = "\uFEFFTaiwan".getBytes(StandardCharsets.UTF_16LE);
    Collected.write(root, "utf16.txt", text);
    assertEquals(List.of("utf16.txt"), scanner.scan(root).files().stream().map(SourceFile::relativePath).toList());
  }

  @Test
  void skipsUnreadableFiles() throws IOException {
    Path file = Collected.write(root, "secret.txt", "classified").path();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as root: permissions are not enforced");
    IngestProblem problem = scanner.scan(root).skipped().get(0);
    assertEquals(IngestProblem.skipped("secret.txt", 0, "unreadable: permission denied"), problem);
  }

  @Test
  void doesNotFollowSymlinksOutOfTheRoot(@TempDir Path elsewhere) throws IOException {
    Path outside = Collected.write(elsewhere, "outside.txt", "outside").path();
    Files.createSymbolicLink(root.resolve("link.txt"), outside);
    Files.createSymbolicLink(root.resolve("linkdir"), elsewhere);
    Collected.write(root, "inside.txt", "inside");
    SourceScanner.ScanResult result = scanner.scan(root);
    assertEquals(List.of("inside.txt"), result.files().stream().map(SourceFile::relativePath).toList());
    assertEquals(List.of("link.txt", "linkdir"), result.skipped().stream().map(IngestProblem::file).toList());
  }

  @Test
  void failsClearlyOnAMissingRoot() {
    Path missing = root.resolve("nope");
    IOException e = assertThrows(IOException.class, () -> scanner.scan(missing));
    assertTrue(e.getMessage().contains("source folder " + missing + " does not exist"), e.getMessage());
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
