// Straits batch search: progressive enhancement of /batch. Without this file the form posts and
// the table comes back whole; with it, the list is answered in slices through /api/batch so the
// page shows its progress, and the table's headers sort it. Text goes in with textContent only.
"use strict";

(function () {
  const SLICE = 20;

  function cell(text, className) {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  // A row's top regions or actors by their label (the reader's script), joined as the page's
  // language joins a list (", " or 、), marked as the facets mark a name nobody reviewed.
  function namesCell(values, table) {
    const td = document.createElement("td");
    values.forEach((v, i) => {
      if (i > 0) td.append(table.dataset.separator || ", ");
      const name = document.createElement("span");
      name.textContent = v.label || v.value;
      td.append(name);
      if (v.discovered) {
        name.className = "discovered";
        const mark = document.createElement("span");
        mark.className = "unreviewed";
        mark.textContent = table.dataset.unreviewed || "unreviewed";
        mark.title = table.dataset.unreviewedTitle || "";
        td.append(mark);
      }
    });
    return td;
  }

  function rowElement(row, table) {
    const tr = document.createElement("tr");
    const term = document.createElement("td");
    const a = document.createElement("a");
    a.href = row.link;
    a.textContent = row.term;
    term.append(a);
    tr.append(term, cell(String(row.total), "num"), cell(row.first), cell(row.last),
      namesCell(row.top_regions, table), namesCell(row.top_actors, table));
    tr.dataset.term = row.term;
    tr.dataset.total = String(row.total);
    tr.dataset.first = row.first;
    tr.dataset.last = row.last;
    return tr;
  }

  function showSkipped(section, skipped) {
    const list = section.querySelector("ul");
    list.replaceChildren();
    for (const s of skipped) {
      const li = document.createElement("li");
      li.textContent = (section.dataset.template || "line {0}: {1} — {2}")
        .replace("{0}", String(s.line)).replace("{1}", s.term).replace("{2}", s.reason);
      list.append(li);
    }
    section.classList.toggle("empty-list", skipped.length === 0);
  }

  // The template for a count of terms: "1 term", "2 terms" as the page's language says plurals
  // (Chinese has one form; its "one" template is the same text).
  function progressText(status, key, done, total) {
    const rules = new Intl.PluralRules(document.documentElement.lang || "en");
    const one = status.dataset[key + "One"];
    const template = rules.select(total) === "one" && one ? one : status.dataset[key];
    return template.replace("{0}", String(done)).replace("{1}", String(total));
  }

  async function run(form, table, status, bar, skippedSection) {
    const body = table.querySelector("tbody");
    body.replaceChildren();
    table.classList.remove("empty-list");
    status.hidden = false;
    bar.hidden = false;
    bar.value = 0;
    let start = 0;
    let total = null;
    while (total === null || start < total) {
      const data = new FormData(form);
      data.set("start", String(start));
      data.set("count", String(SLICE));
      const response = await fetch("/api/batch", { method: "POST", body: data });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error || String(response.status));
      if (total === null) {
        total = answer.terms;
        showSkipped(skippedSection, answer.skipped);
      }
      answer.rows.forEach(row => body.append(rowElement(row, table)));
      start += SLICE;
      const done = Math.min(start, total);
      bar.value = total === 0 ? 1 : done / total;
      status.textContent = progressText(status, "template", done, total);
    }
    status.textContent = progressText(status, "done", total, total);
    bar.hidden = true;
  }

  function sortBy(table, th) {
    const key = th.dataset.key;
    const numeric = th.dataset.type === "number";
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th[aria-sort]").forEach(other => other.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const body = table.querySelector("tbody");
    const rows = Array.from(body.rows);
    const value = tr => tr.dataset[key] !== undefined ? tr.dataset[key] : tr.cells[th.cellIndex].textContent;
    rows.sort((a, b) => {
      const x = value(a), y = value(b);
      const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    body.replaceChildren(...rows);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("batch-form");
    const table = document.getElementById("batch-table");
    if (!form || !table) return;
    const status = document.querySelector(".batch-progress");
    const bar = document.querySelector(".batch-bar");
    const skippedSection = document.querySelector(".batch-skipped");
    form.addEventListener("submit", e => {
      // The export button posts the form as it is: the server answers with the CSV file.
      if (e.submitter && e.submitter.getAttribute("formaction")) return;
      e.preventDefault();
      run(form, table, status, bar, skippedSection).catch(error => {
        status.hidden = false;
        bar.hidden = true;
        status.textContent = status.dataset.failed + " " + error.message;
      });
    });
    table.querySelectorAll("th[data-key] button").forEach(button =>
      button.addEventListener("click", () => sortBy(table, button.closest("th"))));
  });
})();
