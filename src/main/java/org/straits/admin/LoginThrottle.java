package org.straits.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins: after too many from one client address in a window, that address waits;
 * after too many from all addresses together (a guess spread over many machines), every login
 * waits. The global cap also bounds the work: each attempt costs a 600,000-round PBKDF2.
 */
public final class LoginThrottle {
  /** Failures from all addresses together, per window, before every login waits. */
  public static final int GLOBAL_FACTOR = 10;

  private final int maxFailures;
  private final int maxGlobalFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Deque<Instant> allFailures = new ArrayDeque<>();

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.maxGlobalFailures = maxFailures * GLOBAL_FACTOR;
    this.window = window;
    this.clock = clock;
  }

  /** How long {@code client} must wait before trying again; zero when it may try now. */
  public Duration retryAfter(String client) {
    Duration global;
    synchronized (allFailures) {
      prune(allFailures);
      global = waitFor(allFailures, maxGlobalFailures);
    }
    Deque<Instant> recent = failures.get(client);
    if (recent == null) {
      return global;
    }
    synchronized (recent) {
      prune(recent);
      Duration own = waitFor(recent, maxFailures);
      return own.compareTo(global) > 0 ? own : global;
    }
  }

  private Duration waitFor(Deque<Instant> recent, int max) {
    if (recent.size() < max) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(clock.instant(), recent.peekFirst().plus(window));
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  public void failed(String client) {
    Instant now = clock.instant();
    synchronized (allFailures) {
      prune(allFailures);
      allFailures.addLast(now);
      while (allFailures.size() > maxGlobalFailures) {
        allFailures.removeFirst();
      }
    }
    // Addresses whose failures have all expired are forgotten, so the map stays small.
    failures.values().removeIf(recent -> {
      synchronized (recent) {
        prune(recent);
        return recent.isEmpty();
      }
    });
    Deque<Instant> recent = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(now);
      while (recent.size() > maxFailures) {
        recent.removeFirst();
      }
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
