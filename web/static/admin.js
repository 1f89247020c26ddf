// Live indexing progress on the admin page: polls the job status while a run is in progress
// and reloads the page when it ends, so the run list and statistics are current.
(function () {
  "use strict";
  const job = document.getElementById("job");
  if (!job || job.dataset.running !== "true") {
    return;
  }
  const state = document.getElementById("job-state");
  function describe(status) {
    const p = status.progress;
    if (!p) {
      return "Run started by " + status.by + " at " + status.started + "…";
    }
    return "Running: " + p.documents_done + " documents, files " + p.files_done + "/" + p.files_total +
      ", " + Math.round(p.documents_per_second) + " documents/s, " + p.failures + " failures";
  }
  function poll() {
    fetch(job.dataset.statusUrl, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (status) {
        if (!status.running) {
          window.location.reload();
          return;
        }
        state.textContent = describe(status);
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
