package org.straits.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Limits failed logins per client address: after too many in a window, logins wait. */
public final class LoginThrottle {
  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** How long {@code client} must wait before trying again; zero when it may try now. */
  public Duration retryAfter(String client) {
    Deque<Instant> recent = failures.get(client);
    if (recent == null) {
      return Duration.ZERO;
    }
    synchronized (recent) {
      prune(recent);
      if (recent.size() < maxFailures) {
        return Duration.ZERO;
      }
      return Duration.between(clock.instant(), recent.peekFirst().plus(window));
    }
  }

  public void failed(String client) {
    Deque<Instant> recent = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(clock.instant());
    }
  }

  public void succeeded(String client) {
    failures.remove(client);
  }

  private void prune(Deque<Instant> recent) {
    Instant cutoff = clock.instant().minus(window);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
      recent.removeFirst();
    }
  }
}
