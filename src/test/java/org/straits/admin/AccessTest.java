package org.straits.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AccessTest {
  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
    void advance(Duration d) { now.updateAndGet(t -> t.plus(d)); }
  }

  @Test
  void passwordHashesVerifyOnlyTheirPassword() {
    String hash = PasswordHash.hash("correct horse".toCharArray());
    assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
    assertTrue(PasswordHash.isWellFormed(hash));
    assertTrue(PasswordHash.verify("correct horse".toCharArray(), hash));
    assertFalse(PasswordHash.verify("correct horsE".toCharArray(), hash));
    assertFalse(PasswordHash.verify("".toCharArray(), hash));
    assertFalse(PasswordHash.verify("admin".toCharArray(), "admin"), "a plain password is never a hash");
    assertFalse(PasswordHash.isWellFormed("admin"));
    assertFalse(hash.equals(PasswordHash.hash("correct horse".toCharArray())), "salted");
  }

  @Test
  void sessionsExpireWhenIdleAndCarryTheirOwnCsrfToken() {
    ManualClock clock = new ManualClock();
    AdminSessions sessions = new AdminSessions(Duration.ofMinutes(30), clock);
    AdminSessions.Session session = sessions.open("admin@127.0.0.1");
    assertTrue(AdminSessions.csrfMatches(session, session.csrfToken()));
    assertFalse(AdminSessions.csrfMatches(session, "forged"));
    assertFalse(AdminSessions.csrfMatches(session, null));
    clock.advance(Duration.ofMinutes(29));
    assertTrue(sessions.touch(session.id()).isPresent(), "activity renews the session");
    clock.advance(Duration.ofMinutes(29));
    assertTrue(sessions.touch(session.id()).isPresent());
    clock.advance(Duration.ofMinutes(31));
    assertTrue(sessions.touch(session.id()).isEmpty(), "expired after 30 idle minutes");
    assertTrue(sessions.touch("made-up").isEmpty());
  }

  @Test
  void failedLoginsAreThrottledPerClient() {
    ManualClock clock = new ManualClock();
    LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(5), clock);
    for (int i = 0; i < 5; i++) {
      assertEquals(Duration.ZERO, throttle.retryAfter("10.0.0.1"));
      throttle.failed("10.0.0.1");
    }
    assertTrue(throttle.retryAfter("10.0.0.1").toSeconds() > 200);
    assertEquals(Duration.ZERO, throttle.retryAfter("10.0.0.2"), "other clients are not affected");
    clock.advance(Duration.ofMinutes(6));
    assertEquals(Duration.ZERO, throttle.retryAfter("10.0.0.1"));
  }
}
