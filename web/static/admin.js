// The admin page: live indexing progress (polls the job status while a run is in progress and
// reloads the page when it ends) and the document picker for deletion (an ARIA combobox over
// /admin/documents). Text goes in with textContent only; labels come from data-* attributes in
// the page's UI language.
(function () {
  "use strict";

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  }

  function setUpProgress(job) {
    const state = document.getElementById("job-state");
    const bar = document.getElementById("job-bar");
    const locale = job.dataset.ui === "zh" ? "zh-CN" : "en";
    const number = n => Math.round(n).toLocaleString(locale);
    function describe(status) {
      const p = status.progress;
      if (!p) {
        return fill(job.dataset.startedText, { by: status.by, started: new Date(status.started).toLocaleString(locale) });
      }
      const percent = p.documents_expected > 0 ? Math.min(100, Math.floor(p.documents_done * 100 / p.documents_expected)) : 0;
      if (bar) bar.value = percent;
      return fill(job.dataset.progressText, {
        done: number(p.documents_done), expected: number(p.documents_expected), percent: percent,
        files: number(p.files_done), filesTotal: number(p.files_total),
        rate: number(p.documents_per_second), failures: number(p.failures)
      });
    }
    function poll() {
      fetch(job.dataset.statusUrl, { credentials: "same-origin", cache: "no-store" })
        .then(response => (response.ok ? response.json() : Promise.reject(response.status)))
        .then(status => {
          if (!status.running) {
            keepFlash();
            window.location.reload();
            return;
          }
          state.textContent = describe(status);
          window.setTimeout(poll, 1000);
        })
        .catch(() => window.setTimeout(poll, 3000));
    }
    window.setTimeout(poll, 1000);
  }

  // The reload that shows a finished run must not take the message of the action that started it.
  const FLASH_KEY = "straits-admin-flash";
  function keepFlash() {
    const flash = document.querySelector("p.flash");
    if (flash) sessionStorage.setItem(FLASH_KEY, JSON.stringify({ text: flash.textContent, className: flash.className }));
  }
  function restoreFlash() {
    const kept = sessionStorage.getItem(FLASH_KEY);
    sessionStorage.removeItem(FLASH_KEY);
    const top = document.querySelector(".admin-top");
    if (!kept || !top || document.querySelector("p.flash")) return;
    const { text, className } = JSON.parse(kept);
    const p = document.createElement("p");
    p.className = className;
    p.setAttribute("role", "status");
    p.textContent = text;
    top.after(p);
  }

  // Typing a title or id lists matching documents; choosing one puts its id in the box.
  function setUpPicker(input) {
    const list = document.getElementById(input.getAttribute("aria-controls"));
    let options = [];
    let active = -1;
    let timer = null;
    let latest = 0;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      options = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function option(doc, n) {
      const li = document.createElement("li");
      li.id = "doc-pick-" + n;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.id = doc.id;
      const title = document.createElement("span");
      title.className = "s-name";
      title.textContent = doc.title || doc.id;
      const id = document.createElement("span");
      id.className = "s-kind";
      id.textContent = doc.id + (doc.file && doc.file !== doc.id ? " · " + doc.file : "") + (doc.date ? " · " + doc.date : "");
      li.append(title, id);
      // mousedown, not click: the input must not lose focus (and close the list) first.
      li.addEventListener("mousedown", e => { e.preventDefault(); choose(li); });
      return li;
    }
    function show(docs) {
      if (docs.length === 0) {
        const none = document.createElement("li");
        none.className = "s-group";
        none.setAttribute("role", "presentation");
        none.textContent = input.dataset.noneText;
        list.replaceChildren(none);
        options = [];
      } else {
        options = docs.map(option);
        list.replaceChildren(...options);
      }
      active = -1;
      list.hidden = false;
      input.setAttribute("aria-expanded", String(options.length > 0));
    }
    function move(step) {
      if (options.length === 0) return;
      if (active >= 0) options[active].setAttribute("aria-selected", "false");
      active = active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    }
    function choose(li) {
      input.value = li.dataset.id;
      close();
      input.focus();
    }
    async function fetchDocuments() {
      const text = input.value.trim();
      if (text === "") { close(); return; }
      const ticket = ++latest;
      try {
        const response = await fetch(input.dataset.pickerUrl + "?limit=10&q=" + encodeURIComponent(text),
          { credentials: "same-origin", cache: "no-store" });
        const body = await response.json();
        if (ticket !== latest) return;
        if (response.ok) show(body.documents); else close();
      } catch (e) {
        if (ticket === latest) close();
      }
    }
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(fetchDocuments, 150);
    });
    input.addEventListener("keydown", e => {
      if (list.hidden) return;
      if (e.key === "Escape") { e.preventDefault(); close(); }
      else if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(options[active]); }
    });
    input.addEventListener("blur", () => { clearTimeout(timer); latest++; close(); });
  }

  document.addEventListener("DOMContentLoaded", () => {
    restoreFlash();
    const job = document.getElementById("job");
    if (job && job.dataset.running === "true") setUpProgress(job);
    const picker = document.getElementById("doc-pick");
    if (picker) setUpPicker(picker);
  });
})();
