package org.straits.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.straits.admin.GazetteerSource;
import org.straits.config.StraitsConfig;
import org.straits.admin.AdminSessions;
import org.straits.admin.Administration;
import org.straits.admin.DocumentNotFoundException;
import org.straits.admin.DocumentRemoval;
import org.straits.admin.JobAlreadyRunningException;
import org.straits.admin.UploadRejectedException;
import org.straits.admin.UploadStore;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;

/** What the admin forms do. Each action is audited and answers with a message for the page. */
final class AdminActions {
  private final StraitsConfig config;
  private final GazetteerSource gazetteers;
  private final Administration admin;

  AdminActions(StraitsConfig config, GazetteerSource gazetteers, Administration admin) {
    this.config = config;
    this.gazetteers = gazetteers;
    this.admin = admin;
  }

  /** A message for the next page: what happened, and whether it went wrong. */
  record Flash(String text, boolean error) {}

  Flash run(String action, AdminSessions.Session session, AdminForm form) throws Exception {
    return switch (action) {
      case "/reindex" -> reindex(session, form.text("mode").equals("full"));
      case "/upload" -> upload(session, form.files("files"));
      case "/delete" -> delete(session, form.text("id").strip(), form.checked("from_source"));
      case "/gazetteer" -> reloadGazetteer(session);
      default -> throw new WebException(404, "There is no admin action at this address.");
    };
  }

  private Flash reindex(AdminSessions.Session session, boolean full) {
    String what = full ? "full rebuild" : "incremental run";
    try {
      admin.jobs().start(full, session.who());
      admin.audit().record(session.who(), "reindex", what, "started");
      return new Flash("Started an " + (full ? "index rebuild" : "incremental run") + "; progress shows below.", false);
    } catch (JobAlreadyRunningException e) {
      admin.audit().record(session.who(), "reindex", what, "refused: " + e.getMessage());
      return new Flash(e.getMessage(), true);
    }
  }

  private Flash upload(AdminSessions.Session session, List<AdminForm.Upload> files) throws IOException {
    if (files.isEmpty()) {
      return new Flash("Choose one or more files to upload.", true);
    }
    List<String> stored = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (AdminForm.Upload file : files) {
      try {
        UploadStore.Stored done = admin.uploads().store(file.name(), file.content());
        stored.add(done.relativePath() + " (" + done.documents() + " documents)");
        admin.audit().record(session.who(), "upload", done.relativePath(), "stored");
      } catch (UploadRejectedException e) {
        refused.add(e.getMessage());
        admin.audit().record(session.who(), "upload", String.valueOf(file.name()), "refused: " + e.getMessage());
      }
    }
    String indexing = stored.isEmpty() ? ""
        : admin.jobs().startOrQueue(session.who()) ? " Indexing started." : " They will be indexed when the run in progress ends.";
    String text = (stored.isEmpty() ? "" : "Stored " + String.join(", ", stored) + "." + indexing)
        + (refused.isEmpty() ? "" : " Refused: " + String.join("; ", refused) + ".");
    return new Flash(text.strip(), stored.isEmpty());
  }

  private Flash delete(AdminSessions.Session session, String id, boolean fromSource) throws Exception {
    if (id.isEmpty()) {
      return new Flash("Give the id of the document to delete.", true);
    }
    try {
      DocumentRemoval.Outcome outcome = admin.jobs().exclusive(() -> admin.removal().remove(id, fromSource));
      admin.audit().record(session.who(), "delete", id, outcome.message());
      return new Flash(outcome.message() + ".", false);
    } catch (DocumentNotFoundException | JobAlreadyRunningException e) {
      admin.audit().record(session.who(), "delete", id, "refused: " + e.getMessage());
      return new Flash(e.getMessage(), true);
    }
  }

  private Flash reloadGazetteer(AdminSessions.Session session) {
    if (config.gazetteer() == null) {
      return new Flash("The built-in gazetteer is in use. To edit one, copy src/main/resources/gazetteer.yaml,"
          + " start the server with --gazetteer FILE (or STRAITS_GAZETTEER), and reload it here.", true);
    }
    try {
      Gazetteer fresh = gazetteers.reload();
      String by = session.who();
      boolean now = admin.jobs().startOrQueue(by);
      admin.audit().record(by, "reload-gazetteer", fresh.source(), "ok: " + fresh.entities().size() + " entities");
      return new Flash("Loaded " + fresh.entities().size() + " entities from " + fresh.source() + ". "
          + (now ? "Rebuilding the index with them now." : "The index is rebuilt with them after the run in progress."), false);
    } catch (GazetteerException e) {
      admin.audit().record(session.who(), "reload-gazetteer", String.valueOf(config.gazetteer()), "refused: " + e.getMessage());
      return new Flash("The gazetteer was refused and the previous one stays in force: " + e.getMessage(), true);
    }
  }
}
