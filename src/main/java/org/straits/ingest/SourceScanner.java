package org.straits.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the source files under a folder: every supported, non-empty, readable file of a sensible
 * size, with its content hash. Files it passes over are reported with the reason, except hidden
 * ones (dot-names), which are private to editors and version control and ignored silently.
 */
public final class SourceScanner {

  /** What a scan found: files to read, sorted by relative path, and files passed over. */
  public record ScanResult(List<SourceFile> files, List<IngestProblem> skipped) {
    public ScanResult {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown", "jsonl");
  private static final int BINARY_PROBE_BYTES = 8192;

  private final long maxFileBytes;
  private final Predicate<String> supportedName;

  public SourceScanner(long maxFileBytes, Predicate<String> supportedName) {
    this.maxFileBytes = maxFileBytes;
    this.supportedName = supportedName;
  }

  public ScanResult scan(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      String what = Files.exists(root) ? "is not a folder" : "does not exist";
      throw new NoSuchFileException(root.toString(), null, "source folder " + root + " " + what);
    }
    Walker walker = new Walker(root.toRealPath());
    Files.walkFileTree(walker.root, walker);
    walker.files.sort(Comparator.comparing(SourceFile::relativePath));
    walker.skipped.sort(Comparator.comparing(IngestProblem::file));
    return new ScanResult(walker.files, walker.skipped);
  }

  /** Visits the tree without following links, so nothing outside the root is reached. */
  private final class Walker extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<SourceFile> files = new ArrayList<>();
    private final List<IngestProblem> skipped = new ArrayList<>();

    Walker(Path root) {
      this.root = root;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (isHidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      String rel = relative(root, file);
      String reason = reasonToSkip(root, file, attrs);
      if (reason != null) {
        skipped.add(IngestProblem.skipped(rel, 0, reason));
      } else {
        files.add(new SourceFile(file, rel, Files.size(file), sha256(file)));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
      skipped.add(IngestProblem.skipped(relative(root, file), 0, "unreadable: " + reason));
      return FileVisitResult.CONTINUE;
    }
  }

  /** Why {@code file} is not read, or null when it is. */
  private String reasonToSkip(Path root, Path file, BasicFileAttributes attrs) throws IOException {
    if (attrs.isSymbolicLink()) {
      Path target = file.toRealPath();
      if (!target.startsWith(root) || !Files.isRegularFile(target)) {
        return "symbolic link to something outside the source folder (not followed)";
      }
    } else if (!attrs.isRegularFile()) {
      return "not a regular file";
    }
    String name = file.getFileName().toString();
    if (!supportedName.test(name)) {
      String extension = FileNames.extension(name);
      return "unsupported file type" + (extension.isEmpty() ? "" : " ." + extension);
    }
    long size = Files.size(file);
    if (size == 0) {
      return "empty file";
    }
    if (size > maxFileBytes) {
      return "too large: " + size + " bytes, limit " + maxFileBytes + " bytes";
    }
    if (!Files.isReadable(file)) {
      return "unreadable: permission denied";
    }
    if (TEXT_EXTENSIONS.contains(FileNames.extension(name)) && looksBinary(file)) {
      return "binary content (NUL bytes) in a ." + FileNames.extension(name) + " file";
    }
    return null;
  }

  private static boolean looksBinary(Path file) throws IOException {
    byte[] probe = new byte[BINARY_PROBE_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(probe, 0, probe.length);
    }
    // UTF-16 text has a NUL in every ASCII character; its BOM says so.
    if (TextDecoder.hasUtf16Bom(probe, length)) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (probe[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static boolean isHidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
