package org.straits.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.straits.App;
import org.straits.admin.AdminSessions;
import org.straits.admin.Administration;
import org.straits.admin.DocumentNotFoundException;
import org.straits.admin.DocumentRemoval;
import org.straits.admin.JobAlreadyRunningException;
import org.straits.admin.UploadRejectedException;
import org.straits.admin.UploadStore;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;

/**
 * What the admin forms do. Each action is audited and answers with a message for the page, in
 * the administrator's UI language.
 */
final class AdminActions {
  private final App app;
  private final Administration admin;

  AdminActions(App app, Administration admin) {
    this.app = app;
    this.admin = admin;
  }

  /** A message for the next page: what happened, and whether it went wrong. */
  record Flash(String text, boolean error) {}

  Flash reindex(AdminSessions.Session session, AdminForm form, AdminText text) {
    boolean full = form.text("mode").equals("full");
    String what = full ? "full rebuild" : "incremental run";
    try {
      admin.jobs().start(full, session.who());
      admin.audit().record(session.who(), "reindex", what, "started");
      return new Flash(text.msg(full ? "admin.flash.rebuild" : "admin.flash.incremental"), false);
    } catch (JobAlreadyRunningException e) {
      admin.audit().record(session.who(), "reindex", what, "refused: " + e.getMessage());
      return busy(e, text);
    }
  }

  Flash upload(AdminSessions.Session session, AdminForm form, AdminText text) throws IOException {
    List<AdminForm.Upload> files = form.files("files");
    if (files.isEmpty()) {
      return new Flash(text.msg("admin.flash.upload.none"), true);
    }
    List<String> stored = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (AdminForm.Upload file : files) {
      try {
        UploadStore.Stored done = admin.uploads().store(file.name(), file.content());
        stored.add(text.msg("admin.flash.upload.item", done.relativePath(), done.documents()));
        admin.audit().record(session.who(), "upload", done.relativePath(), "stored");
      } catch (UploadRejectedException e) {
        refused.add(e.getMessage());
        admin.audit().record(session.who(), "upload", String.valueOf(file.name()), "refused: " + e.getMessage());
      }
    }
    String indexing = stored.isEmpty() ? ""
        : " " + text.msg(admin.jobs().startOrQueue(session.who()) ? "admin.flash.indexingNow" : "admin.flash.indexingNext");
    String message = (stored.isEmpty() ? "" : text.msg("admin.flash.upload.stored", String.join(", ", stored)) + indexing)
        + (refused.isEmpty() ? "" : " " + text.msg("admin.flash.upload.refused", String.join("; ", refused)));
    return new Flash(message.strip(), stored.isEmpty());
  }

  /** Deletes only what a confirmation page asked for (it sends {@code confirmed=yes}). */
  Flash delete(AdminSessions.Session session, AdminForm form, AdminText text) throws Exception {
    String id = form.text("id").strip();
    boolean fromSource = form.checked("from_source");
    if (id.isEmpty() || !form.text("confirmed").equals("yes")) {
      return new Flash(text.msg("admin.flash.delete.unconfirmed"), true);
    }
    try {
      DocumentRemoval.Outcome outcome = admin.jobs().exclusive(() -> admin.removal().remove(id, fromSource, session.who()));
      String message = deleted(outcome, text);
      admin.audit().record(session.who(), "delete", id, (outcome.fileDeleted() ? "deleted with its file " : "deleted, excluded; file kept: ")
          + outcome.plan().file());
      return new Flash(message, false);
    } catch (DocumentNotFoundException e) {
      admin.audit().record(session.who(), "delete", id, "refused: " + e.getMessage());
      return new Flash(text.msg("admin.flash.notFound", id), true);
    } catch (JobAlreadyRunningException e) {
      admin.audit().record(session.who(), "delete", id, "refused: " + e.getMessage());
      return busy(e, text);
    }
  }

  private static String deleted(DocumentRemoval.Outcome outcome, AdminText text) {
    DocumentRemoval.Plan plan = outcome.plan();
    String name = plan.title().isBlank() ? plan.id() : plan.title();
    if (outcome.fileDeleted()) {
      return text.msg("admin.flash.deleted.withFile", name, plan.id(), plan.file());
    }
    if (plan.fromSource() && plan.siblings() > 0) {
      return text.msg("admin.flash.deleted.fileStays", name, plan.id(), plan.file(), plan.siblings());
    }
    return text.msg("admin.flash.deleted.excluded", name, plan.id(), plan.file());
  }

  /** Takes a document off the excluded list and starts (or queues) the run that reads it again. */
  Flash restore(AdminSessions.Session session, AdminForm form, AdminText text) throws Exception {
    String id = form.text("id").strip();
    try {
      DocumentRemoval.Restored restored = admin.removal().restore(id);
      String name = restored.entry().title().isBlank() ? id : restored.entry().title();
      String file = restored.entry().file();
      String message;
      if (file.isEmpty()) {
        message = text.msg("admin.flash.restored.unknownFile", name, id);
      } else if (!restored.filePresent()) {
        message = text.msg("admin.flash.restored.fileGone", name, id, file);
      } else {
        boolean now = admin.jobs().startOrQueue(session.who());
        message = text.msg(now ? "admin.flash.restored.now" : "admin.flash.restored.next", name, id, file);
      }
      admin.audit().record(session.who(), "restore", id, "ok: " + (file.isEmpty() ? "file unknown" : file));
      return new Flash(message, false);
    } catch (DocumentNotFoundException e) {
      admin.audit().record(session.who(), "restore", id, "refused: " + e.getMessage());
      return new Flash(text.msg("admin.flash.notExcluded", id), true);
    }
  }

  Flash reloadGazetteer(AdminSessions.Session session, AdminForm form, AdminText text) {
    if (app.config().gazetteer() == null) {
      admin.audit().record(session.who(), "reload-gazetteer", "built-in", "refused: no gazetteer file configured");
      return new Flash(text.msg("admin.flash.gazetteer.builtin"), true);
    }
    try {
      Gazetteer fresh = app.reloadGazetteer();
      String by = session.who();
      boolean now = admin.jobs().startOrQueue(by);
      admin.audit().record(by, "reload-gazetteer", fresh.source(), "ok: " + fresh.entities().size() + " entities");
      return new Flash(text.msg(now ? "admin.flash.gazetteer.now" : "admin.flash.gazetteer.next",
          fresh.entities().size(), fresh.source()), false);
    } catch (GazetteerException e) {
      admin.audit().record(session.who(), "reload-gazetteer", String.valueOf(app.config().gazetteer()), "refused: " + e.getMessage());
      return new Flash(text.msg("admin.flash.gazetteer.refused", e.getMessage()), true);
    }
  }

  private static Flash busy(JobAlreadyRunningException e, AdminText text) {
    return new Flash(text.msg("admin.flash.busy", e.by(), text.time(e.started())), true);
  }
}
