package org.straits.admin;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in administrator sessions: random tokens that expire after a period of inactivity, each
 * with its own CSRF token that every POST must carry.
 */
public final class AdminSessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Duration idleTimeout;
  private final Clock clock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  public AdminSessions(Duration idleTimeout, Clock clock) {
    this.idleTimeout = idleTimeout;
    this.clock = clock;
  }

  /** A session: who opened it (for the audit log) and its CSRF token. */
  public record Session(String id, String who, String csrfToken, Instant lastSeen) {}

  public Session open(String who) {
    Session session = new Session(token(), who, token(), clock.instant());
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session for {@code id}, its idle timer renewed; empty when unknown or expired. */
  public Optional<Session> touch(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    sessions.values().removeIf(s -> s.lastSeen().plus(idleTimeout).isBefore(now));
    Session found = sessions.computeIfPresent(id, (k, s) -> new Session(s.id(), s.who(), s.csrfToken(), now));
    return Optional.ofNullable(found);
  }

  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
  public static boolean csrfMatches(Session session, String submitted) {
    return submitted != null && MessageDigest.isEqual(
        session.csrfToken().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
