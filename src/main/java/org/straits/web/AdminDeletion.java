package org.straits.web;

import io.undertow.server.HttpServerExchange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.admin.AdminSessions;
import org.straits.admin.Administration;
import org.straits.admin.DocumentNotFoundException;
import org.straits.admin.DocumentRemoval;
import org.straits.search.DocumentPicker;
import org.straits.search.SearchException;

/**
 * Choosing what to delete: the picker's answers as JSON ({@code /admin/documents?q=}) and the
 * confirmation page ({@code /admin/delete?id=}) that names the document, its file, and whether
 * the file goes too. Without JavaScript the confirmation page lists the documents the typed text
 * finds, so the picker works there as well.
 */
final class AdminDeletion {
  private static final Set<String> PICK_PARAMS = Set.of("q", "limit");
  private static final Set<String> CONFIRM_PARAMS = Set.of("id", "from_source");
  private static final int DEFAULT_LIMIT = 10;

  private final Site site;
  private final Administration admin;
  private final DocumentPicker picker;

  AdminDeletion(Site site, Administration admin, DocumentPicker picker) {
    this.site = site;
    this.admin = admin;
    this.picker = picker;
  }

  /** {@code {"documents":[{"id","title","file","date","lang"}]}} for the typed text. */
  void pick(HttpServerExchange exchange, AdminSessions.Session session) throws Exception {
    try {
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), PICK_PARAMS);
      int limit = params.first("limit").isEmpty() ? DEFAULT_LIMIT : parseLimit(params.first("limit"));
      Responses.json(exchange, 200, Map.of("documents", picker.find(params.first("q"), limit)));
    } catch (SearchException e) {
      Responses.jsonError(exchange, 400, e.getMessage());
    }
  }

  /** The confirmation for one document, or the documents the typed text finds when it is no id. */
  void confirm(HttpServerExchange exchange, AdminSessions.Session session) throws Exception {
    RequestParams params = RequestParams.of(exchange.getQueryParameters(), CONFIRM_PARAMS);
    String typed = params.first("id");
    boolean fromSource = params.first("from_source").equals("on");
    Map<String, Object> model = new HashMap<>();
    model.put("csrf", session.csrfToken());
    model.put("typed", typed);
    model.put("fromSource", fromSource);
    model.put("fmt", AdminArea.text(site, exchange));
    if (typed.isEmpty()) {
      AdminArea.redirect(exchange, AdminArea.PREFIX + "#delete-heading");
      return;
    }
    try {
      DocumentRemoval.Plan plan = admin.removal().plan(typed, fromSource);
      model.put("plan", plan);
      model.put("candidates", List.of());
    } catch (DocumentNotFoundException notAnId) {
      model.put("plan", null);
      String text = typed.length() > DocumentPicker.MAX_TEXT_LENGTH ? typed.substring(0, DocumentPicker.MAX_TEXT_LENGTH) : typed;
      model.put("candidates", picker.find(text, DocumentPicker.MAX_LIMIT).stream()
          .map(pick -> new Candidate(pick, confirmHref(pick.id(), fromSource))).toList());
    }
    site.page(exchange, 200, "admin-delete", model);
  }

  /** A document the typed text found, with the address of its confirmation page. */
  public record Candidate(DocumentPicker.Pick pick, String href) {}

  static String confirmHref(String id, boolean fromSource) {
    return AdminArea.PREFIX + "/delete?id=" + SearchLinks.encode(id) + (fromSource ? "&from_source=on" : "");
  }

  private static int parseLimit(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new SearchException("limit must be a whole number, not '" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
    }
  }
}
