// Straits: the reader's own recent and starred searches, kept in this browser's localStorage only
// (no account, nothing on the server). Each one reruns with a click, and its feed address can be
// copied for a feed reader. Text goes in with textContent only.
"use strict";

(function () {
  const RECENT = "straits.recent";
  const STARRED = "straits.starred";
  const MAX_RECENT = 10;
  const MAX_STARRED = 50;

  function load(key) {
    try {
      const list = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(list) ? list.filter(s => s && typeof s.url === "string") : [];
    } catch (e) {
      return [];
    }
  }

  function store(key, list) {
    try { window.localStorage.setItem(key, JSON.stringify(list)); } catch (e) { /* storage full or off */ }
  }

  // The search as a URL without its page: the same search, from the top.
  function currentSearch(panel) {
    const params = new URLSearchParams(window.location.search);
    params.delete("page");
    const query = params.toString();
    const title = (panel.dataset.title || "").replace(/^Straits: /, "");
    return { url: "/search" + (query ? "?" + query : ""), feed: panel.dataset.feed, title: title, at: Date.now() };
  }

  function remember(search) {
    const recent = load(RECENT).filter(s => s.url !== search.url);
    recent.unshift(search);
    store(RECENT, recent.slice(0, MAX_RECENT));
  }

  function isStarred(url) {
    return load(STARRED).some(s => s.url === url);
  }

  function toggleStar(search) {
    const starred = load(STARRED);
    const others = starred.filter(s => s.url !== search.url);
    if (others.length === starred.length) others.unshift(search);
    store(STARRED, others.slice(0, MAX_STARRED));
  }

  function button(text, className, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  function copyFeed(li, search, labels) {
    const address = new URL(search.feed, window.location.href).href;
    let field = li.querySelector("input.feed-url");
    if (!field) {
      field = document.createElement("input");
      field.className = "feed-url";
      field.readOnly = true;
      field.setAttribute("aria-label", labels.copy);
      li.append(field);
    }
    field.value = address;
    field.select();
    const done = () => { field.title = labels.copied; li.classList.add("copied"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(address).then(done, () => {});
    }
  }

  function entry(search, labels, key, rerender) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = search.url;
    a.className = "rerun";
    a.textContent = search.title || labels.all;
    li.append(a, " ");
    if (search.feed) li.append(button(labels.copy, "link-button copy-feed", () => copyFeed(li, search, labels)));
    li.append(button("×", "link-button remove-search", () => {
      store(key, load(key).filter(s => s.url !== search.url));
      rerender();
    }));
    li.lastChild.setAttribute("aria-label", labels.remove);
    return li;
  }

  function list(heading, key, labels, rerender) {
    const section = document.createElement("div");
    section.className = "searches-" + (key === STARRED ? "starred" : "recent");
    const h = document.createElement("h3");
    h.textContent = heading;
    const ul = document.createElement("ul");
    const items = load(key);
    if (items.length === 0) {
      const li = document.createElement("li");
      li.className = "none";
      li.textContent = labels.none;
      ul.append(li);
    }
    items.forEach(s => ul.append(entry(s, labels, key, rerender)));
    section.append(h, ul);
    return section;
  }

  // The titles were written in the language of the day each search was saved: ask for them in
  // today's (the server names each search as its chips read); on failure the stored ones stay.
  function retitle(panel) {
    const links = Array.from(panel.querySelectorAll("a.rerun"));
    if (links.length === 0) return;
    const params = new URLSearchParams();
    links.forEach(a => params.append("search", new URL(a.href).search.replace(/^\?/, "")));
    fetch("/api/saved-titles?" + params.toString())
      .then(response => response.ok ? response.json() : null)
      .then(answer => {
        if (!answer || !Array.isArray(answer.titles)) return;
        links.forEach((a, i) => { if (typeof answer.titles[i] === "string") a.textContent = answer.titles[i]; });
      })
      .catch(() => {});
  }

  function render(panel, current, labels) {
    const heading = panel.querySelector("h2");
    const rerender = () => render(panel, current, labels);
    const star = button(isStarred(current.url) ? labels.unstar : labels.star, "star-search", () => {
      toggleStar(current);
      rerender();
    });
    star.setAttribute("aria-pressed", isStarred(current.url) ? "true" : "false");
    panel.replaceChildren(heading, star, list(labels.saved, STARRED, labels, rerender),
      list(labels.recent, RECENT, labels, rerender));
    panel.hidden = false;
    retitle(panel);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const panel = document.getElementById("my-searches");
    if (!panel) return;
    const d = panel.dataset;
    const labels = { saved: d.labelSaved, recent: d.labelRecent, star: d.labelStar, unstar: d.labelUnstar,
      copy: d.labelCopy, copied: d.labelCopied, remove: d.labelRemove, none: d.labelNone, all: d.labelAll };
    const current = currentSearch(panel);
    if (current.url !== "/search") remember(current);
    render(panel, current, labels);
  });
})();
