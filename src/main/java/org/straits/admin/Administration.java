package org.straits.admin;

/**
 * Everything the admin area works with, wired once by {@code App}.
 *
 * @param passwordHash the configured admin password hash; null means the admin area is off
 */
public record Administration(
    IndexJobs jobs,
    UploadStore uploads,
    DocumentRemoval removal,
    AuditLog audit,
    AdminSessions sessions,
    LoginThrottle throttle,
    String passwordHash) {

  public boolean enabled() {
    return passwordHash != null;
  }
}
