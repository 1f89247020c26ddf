package org.straits.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.straits.ingest.CollectingSink;
import org.straits.ingest.IngestProblem;
import org.straits.ingest.Ingestor;
import org.straits.ingest.SourceFile;
import org.straits.ingest.SourceScanner;

/**
 * Puts uploaded files into the source folder, under {@code uploads/<date>/}, after checking them:
 * a safe name, a supported format, a size cap, not a copy of a file already there, and readable
 * by the ingestor. A refused upload never reaches the source folder, so the index is untouched.
 */
public final class UploadStore {
  static final String UPLOADS = "uploads";
  private static final int MAX_NAME = 120;

  private final Path source;
  private final Ingestor ingestor;
  private final long maxBytes;

  public UploadStore(Path source, Ingestor ingestor, long maxBytes) {
    this.source = source;
    this.ingestor = ingestor;
    this.maxBytes = maxBytes;
  }

  /** A stored upload: where it went and how many documents it holds. */
  public record Stored(String relativePath, int documents) {}

  public Stored store(String originalName, byte[] content) throws UploadRejectedException, IOException {
    String name = safeName(originalName);
    if (!ingestor.supports(name)) {
      throw new UploadRejectedException(name, "unsupported format (use .txt, .md, .jsonl, .html, .pdf or .docx)");
    }
    if (content.length == 0) {
      throw new UploadRejectedException(name, "the file is empty");
    }
    if (content.length > maxBytes) {
      throw new UploadRejectedException(name, "the file is " + content.length + " bytes; the limit is " + maxBytes);
    }
    String hash = sha256(content);
    Optional<String> duplicate = findByHash(hash);
    if (duplicate.isPresent()) {
      throw new UploadRejectedException(name, "same content as " + duplicate.get() + ", already in the source folder");
    }
    Path staged = Files.createTempFile("straits-upload-", "-" + name);
    try {
      Files.write(staged, content);
      int documents = checkReadable(name, staged, content.length, hash);
      Path target = freeTarget(name);
      Files.createDirectories(target.getParent());
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      return new Stored(source.relativize(target).toString().replace('\\', '/'), documents);
    } finally {
      Files.deleteIfExists(staged);
    }
  }

  /** Keeps the last path segment only, and only letters, digits and a few marks. */
  static String safeName(String originalName) throws UploadRejectedException {
    String base = originalName == null ? "" : originalName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    String cleaned = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").replaceAll("\\s+", " ").strip();
    cleaned = cleaned.replaceAll("^[.]+", "");
    if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.' || c == '_')) {
      throw new UploadRejectedException(String.valueOf(originalName), "not a usable file name");
    }
    if (cleaned.length() > MAX_NAME) {
      int dot = cleaned.lastIndexOf('.');
      String ext = dot > 0 ? cleaned.substring(dot) : "";
      cleaned = cleaned.substring(0, MAX_NAME - ext.length()) + ext;
    }
    return cleaned;
  }

  private int checkReadable(String name, Path staged, long size, String hash) throws UploadRejectedException {
    CollectingSink found = new CollectingSink();
    ingestor.read(new SourceFile(staged, name, size, hash), found);
    List<IngestProblem> fatal = found.fatalProblems();
    if (found.documents().isEmpty() || !fatal.isEmpty()) {
      String reason = fatal.isEmpty() ? "no documents found in it" : fatal.get(0).toString();
      throw new UploadRejectedException(name, "cannot be read: " + reason
          + (fatal.size() > 1 ? " (and " + (fatal.size() - 1) + " more problems)" : ""));
    }
    return found.documents().size();
  }

  private Optional<String> findByHash(String hash) throws IOException {
    if (!Files.isDirectory(source)) {
      return Optional.empty();
    }
    SourceScanner scanner = new SourceScanner(Long.MAX_VALUE, ingestor::supports);
    return scanner.scan(source).files().stream()
        .filter(f -> f.contentHash().equals(hash))
        .map(SourceFile::relativePath)
        .findFirst();
  }

  private Path freeTarget(String name) {
    Path folder = source.resolve(UPLOADS).resolve(LocalDate.now().toString());
    Path target = folder.resolve(name);
    int dot = name.lastIndexOf('.');
    for (int n = 2; Files.exists(target); n++) {
      target = folder.resolve(name.substring(0, dot) + "-" + n + name.substring(dot));
    }
    return target;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
