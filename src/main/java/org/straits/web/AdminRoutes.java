package org.straits.web;

import io.undertow.server.HttpServerExchange;
import java.util.LinkedHashMap;
import java.util.Map;
import org.straits.admin.AdminSessions;

/**
 * The admin area's one route table: pages answer GET, actions answer POST and return a message
 * for the dashboard. A new admin page is one more {@link #page} line where {@code AdminArea}
 * builds the table.
 */
final class AdminRoutes {
  /** A GET page for a logged-in administrator. */
  @FunctionalInterface
  interface Page {
    void show(HttpServerExchange exchange, AdminSessions.Session session) throws Exception;
  }

  /** A POST action; its form has passed the CSRF and same-origin checks. */
  @FunctionalInterface
  interface Action {
    AdminActions.Flash run(AdminSessions.Session session, AdminForm form, AdminText text) throws Exception;
  }

  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final Map<String, Action> actions = new LinkedHashMap<>();

  AdminRoutes page(String path, Page page) {
    pages.put(path, page);
    return this;
  }

  AdminRoutes action(String path, Action action) {
    actions.put(path, action);
    return this;
  }

  Page page(String path) {
    Page page = pages.get(path.isEmpty() ? "/" : path);
    if (page == null) {
      throw new WebException(404, "noAdminPage", "There is no admin page at this address.");
    }
    return page;
  }

  Action action(String path) {
    Action action = actions.get(path);
    if (action == null) {
      throw new WebException(404, "noAdminAction", "There is no admin action at this address.");
    }
    return action;
  }
}
