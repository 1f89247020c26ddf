// Straits: progressive enhancement only. Every feature works without this file; here the facet
// "find a value" boxes ask /api/facets for matching values, "Show more" fetches a facet's full
// list from /facets/{dim}, and the search box suggests regions, actors and titles from
// /api/suggest. Text goes in with textContent only; the one HTML taken in is the server's own
// rendering of a facet list.
"use strict";

(function () {
  const FILTER_DIMS = ["region", "actor", "author", "lang", "source"];
  const SEARCH_PARAMS = ["q", "from", "to", "sort", "exact", "dups"].concat(FILTER_DIMS,
    FILTER_DIMS.map(d => "not_" + d), FILTER_DIMS.map(d => d + "_op"));
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
      // Labels in the reader's script; the link keeps the canonical value.
      const labels = v.path_labels && v.path_labels.length ? v.path_labels : (HIERARCHICAL.has(dim) ? v.path : [v.value]);
      label.textContent = labels.join(" ▸ ");
      if (v.matched && !labels.includes(v.matched) && !v.path.includes(v.matched)) {
        label.append(" ", span("matched", "(" + v.matched + ")"));
      }
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

  // Search box suggestions: the ARIA 1.2 combobox with a listbox popup. Focus stays in the box;
  // arrow keys move the active option (aria-activedescendant), Enter opens it, Escape closes.
  const SUGGEST_DELAY_MS = 150;

  function documentHref(id) {
    // As the server writes document links: '/' and ':' stay readable.
    return "/doc/" + encodeURIComponent(id).replace(/%2F/g, "/").replace(/%3A/g, ":");
  }

  function span(className, text) {
    const s = document.createElement("span");
    s.className = className;
    s.textContent = text;
    return s;
  }

  function entityOption(entity, labels) {
    const li = document.createElement("li");
    li.append(span("s-name", entity.name));
    if (entity.zh) {
      const zh = span("s-zh", entity.zh);
      zh.lang = "zh";
      li.append(zh);
    }
    const named = [entity.name, entity.zh];
    if (!named.includes(entity.matched)) li.append(span("s-matched", "(" + entity.matched + ")"));
    li.append(span("s-kind", (labels[entity.kind] || entity.kind) + " · " + entity.type));
    li.dataset.href = "/search?" + encodeURIComponent(entity.kind) + "=" + encodeURIComponent(entity.id);
    return li;
  }

  function titleOption(title) {
    const li = document.createElement("li");
    li.append(span("s-title", title.title || title.id));
    li.dataset.href = documentHref(title.id);
    return li;
  }

  function createListbox(input) {
    const list = document.createElement("ul");
    list.id = "q-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.labelList || "Suggestions");
    list.hidden = true;
    input.closest("form").append(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    return list;
  }

  // The options for one answer of /api/suggest: entities, then a labelled group of titles.
  function suggestionItems(body, input) {
    const labels = { region: input.dataset.labelRegion, actor: input.dataset.labelActor };
    const items = body.entities.map(entity => entityOption(entity, labels));
    if (body.titles.length > 0) {
      const heading = document.createElement("li");
      heading.className = "s-group";
      heading.setAttribute("role", "presentation");
      heading.textContent = input.dataset.labelTitles || "Documents";
      items.push(heading, ...body.titles.map(titleOption));
    }
    return items;
  }

  // Open/close state and the active option of one combobox; focus never leaves the input.
  function suggestionPopup(input, list) {
    let options = [];
    let active = -1;
    const popup = {
      isOpen: () => !list.hidden && options.length > 0,
      close() {
        list.hidden = true;
        list.replaceChildren();
        options = [];
        active = -1;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
      },
      show(items) {
        list.replaceChildren(...items);
        options = items.filter(li => li.dataset.href);
        active = -1;
        options.forEach((li, n) => {
          li.id = "q-option-" + n;
          li.setAttribute("role", "option");
          li.setAttribute("aria-selected", "false");
          // mousedown, not click: the input must not lose focus (and close the list) first.
          li.addEventListener("mousedown", e => { e.preventDefault(); popup.choose(li); });
        });
        if (options.length === 0) { popup.close(); return; }
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      },
      move(step) {
        if (active >= 0) options[active].setAttribute("aria-selected", "false");
        // From nothing, down starts at the first option and up at the last; both wrap around.
        active = active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
        options[active].scrollIntoView({ block: "nearest" });
      },
      chooseActive() {
        if (active < 0) return false;
        popup.choose(options[active]);
        return true;
      },
      choose(li) { window.location.href = li.dataset.href; }
    };
    return popup;
  }

  function setUpSuggestions(input) {
    const popup = suggestionPopup(input, createListbox(input));
    let timer = null;
    let latest = 0;

    async function fetchSuggestions() {
      const text = input.value.trim();
      if (text === "") { popup.close(); return; }
      const ticket = ++latest;
      try {
        const response = await fetch("/api/suggest?limit=8&q=" + encodeURIComponent(text));
        const body = await response.json();
        if (ticket !== latest) return;
        if (response.ok) popup.show(suggestionItems(body, input)); else popup.close();
      } catch (e) {
        if (ticket === latest) popup.close();
      }
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, SUGGEST_DELAY_MS);
    });
    input.addEventListener("keydown", e => {
      if (!popup.isOpen()) return;
      if (e.key === "Escape") { e.preventDefault(); popup.close(); }
      else if (e.key === "ArrowDown") { e.preventDefault(); popup.move(1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); popup.move(-1); }
      else if (e.key === "Enter" && popup.chooseActive()) e.preventDefault();
    });
    // Leaving the box drops the list and any answer still on its way.
    input.addEventListener("blur", () => { clearTimeout(timer); latest++; popup.close(); });
  }

  // Phone: the Filters link opens the facets as a drawer above the results. Without this the link
  // jumps to #facets (CSS :target shows it); here it toggles, says so (aria-expanded) and moves
  // focus into the drawer, and "Show the results" or Escape closes it and returns focus.
  function setUpDrawer(open) {
    const drawer = document.getElementById("facets");
    const close = drawer && drawer.querySelector(".filters-close");
    if (!drawer || !close) return;
    open.setAttribute("aria-expanded", "false");
    function show(visible) {
      drawer.classList.toggle("open", visible);
      open.setAttribute("aria-expanded", String(visible));
      if (visible) drawer.focus(); else open.focus();
    }
    open.addEventListener("click", e => { e.preventDefault(); show(!drawer.classList.contains("open")); });
    close.addEventListener("click", e => { e.preventDefault(); show(false); });
    drawer.addEventListener("keydown", e => {
      if (e.key === "Escape" && drawer.classList.contains("open")) { e.preventDefault(); show(false); }
    });
  }

  // "Show more" of a facet: its full list, fetched as HTML the server renders with the page's own
  // template (so values, counts, links and labels are the page's), swapped in without a reload;
  // the same button folds it again. The link itself (more=dim) is the fallback: it is followed when
  // the fetch fails. The list is parsed inertly (DOMParser runs no script) from our own origin.
  function setUpMore(link) {
    const panel = link.closest(".facet");
    const top = panel && panel.querySelector(":scope > ul.facet-values");
    if (!top || !link.dataset.fragment) return;
    const moreLabel = link.textContent;
    let all = null;
    let busy = false;
    link.setAttribute("role", "button");
    link.setAttribute("aria-expanded", "false");
    function show(expanded) {
      (expanded ? top : all).hidden = true;
      (expanded ? all : top).hidden = false;
      link.textContent = expanded ? link.dataset.labelFewer : moreLabel;
      link.setAttribute("aria-expanded", String(expanded));
    }
    link.addEventListener("click", async e => {
      e.preventDefault();
      if (busy) return;
      if (all) { show(all.hidden); return; }
      busy = true;
      try {
        const response = await fetch(link.dataset.fragment);
        if (!response.ok) throw new Error(String(response.status));
        const parsed = new DOMParser().parseFromString(await response.text(), "text/html");
        const list = parsed.querySelector("ul.facet-values");
        if (!list) throw new Error("no list");
        all = document.importNode(list, true);
        all.classList.add("facet-all");
        top.after(all);
        show(true);
      } catch (err) {
        window.location.href = link.href;
      } finally {
        busy = false;
      }
    });
    link.addEventListener("keydown", e => {
      if (e.key === " ") { e.preventDefault(); link.click(); }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("a.facet-more").forEach(setUpMore);
    const filtersOpen = document.querySelector("a.filters-open");
    if (filtersOpen) setUpDrawer(filtersOpen);
    document.querySelectorAll(".facet-filter input[data-dim]").forEach(setUp);
    const box = document.getElementById("q");
    if (box) setUpSuggestions(box);
  });
})();
