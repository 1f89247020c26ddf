package org.straits.index;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A small real tmpfs mounted for one test (needs root, as on the CI machine); unmounted on close. */
final class Tmpfs implements AutoCloseable {
  private final Path mountPoint;
  private final boolean mounted;

  private Tmpfs(Path mountPoint, boolean mounted) {
    this.mountPoint = mountPoint;
    this.mounted = mounted;
  }

  static Tmpfs mount(Path mountPoint, String size) throws Exception {
    return new Tmpfs(mountPoint, run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString()));
  }

  boolean mounted() {
    return mounted;
  }

  /** Remounts read-only: writes then fail with EROFS, whoever the user. */
  boolean makeReadOnly() throws Exception {
    return run("mount", "-o", "remount,ro", mountPoint.toString());
  }

  @Override
  public void close() throws Exception {
    if (mounted) {
      run("umount", mountPoint.toString());
    }
  }

  private static boolean run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
  }
}
