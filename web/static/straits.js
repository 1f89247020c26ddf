// Straits: progressive enhancement only. Every feature works without this file; here the facet
// "find a value" boxes ask /api/facets for matching values. Text goes in with textContent only.
"use strict";

(function () {
  const SEARCH_PARAMS = ["q", "region", "actor", "author", "lang", "source", "from", "to", "sort"];
  const HIERARCHICAL = new Set(["region", "actor"]);

  function currentSearch() {
    const params = new URLSearchParams(window.location.search);
    const kept = new URLSearchParams();
    for (const [name, value] of params) {
      if (SEARCH_PARAMS.includes(name)) kept.append(name, value);
    }
    return kept;
  }

  function toggleHref(dim, value) {
    const params = currentSearch();
    const values = params.getAll(dim);
    params.delete(dim);
    const others = values.filter(v => v !== value);
    others.forEach(v => params.append(dim, v));
    if (others.length === values.length) params.append(dim, value);
    return "/search?" + params.toString();
  }

  function render(list, dim, values, none) {
    list.replaceChildren();
    if (values.length === 0) {
      const li = document.createElement("li");
      li.textContent = none;
      list.append(li);
      return;
    }
    for (const v of values) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.className = "facet-link";
      const value = HIERARCHICAL.has(dim) ? v.path.join("/") : v.value;
      a.href = toggleHref(dim, value);
      const check = document.createElement("span");
      check.className = "check";
      const label = document.createElement("span");
      label.className = "label";
      label.textContent = HIERARCHICAL.has(dim) ? v.path.join(" ▸ ") : v.value;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = String(v.count);
      a.append(check, label, count);
      li.append(a);
      list.append(li);
    }
  }

  function setUp(input) {
    const dim = input.dataset.dim;
    const list = input.closest(".facet-filter").querySelector(".filter-results");
    let timer = null;
    let latest = 0;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const text = input.value.trim();
        if (text === "") { list.replaceChildren(); return; }
        const ticket = ++latest;
        const params = currentSearch();
        params.set("prefix", text);
        params.set("limit", "30");
        try {
          const response = await fetch("/api/facets/" + encodeURIComponent(dim) + "?" + params.toString());
          const body = await response.json();
          if (ticket === latest) render(list, dim, response.ok ? body.values : [], input.dataset.none);
        } catch (e) {
          if (ticket === latest) render(list, dim, [], input.dataset.none);
        }
      }, 200);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll(".facet-filter input[data-dim]").forEach(setUp);
  });
})();
