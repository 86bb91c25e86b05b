/* The review page: bulletin list, one bulletin's text beside its facts, decisions, export, summary charts.
 *
 * Everything read from the records reaches the page through textContent / createTextNode /
 * setAttribute on fixed attribute names: never as markup. Links are made only for http(s) URLs.
 */
(function () {
  "use strict";

  const startedAt = performance.now();
  const DATA = JSON.parse(document.getElementById("review-data").textContent);
  const parsedAt = performance.now();
  const KINDS = DATA.kinds;
  const KIND = new Map(KINDS.map((kind) => [kind.key, kind]));
  const RECORDS = DATA.records;
  const NOTES = DATA.notes || {};
  const STORAGE_KEY = "edu-bulletin-review/v1";
  const ROW_HEIGHT = 68;
  const SVG_NS = "http://www.w3.org/2000/svg";
  const EVENT_PALETTE = ["#c2285a", "#2f6fca", "#c26a00", "#3d8a22", "#7446c4", "#6b7487", "#00838f"];

  const $ = (id) => document.getElementById(id);
  const main = $("main");
  const listEl = $("list");
  const spacer = $("list-spacer");
  const tooltip = $("tooltip");

  // ------------------------------------------------------------------ DOM helpers

  function el(tag, attrs, ...children) {
    return fill(document.createElement(tag), attrs, children);
  }

  function svg(tag, attrs, ...children) {
    return fill(document.createElementNS(SVG_NS, tag), attrs, children);
  }

  function fill(node, attrs, children) {
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.setAttribute("class", value);
      else if (name === "text") node.textContent = value;
      else if (name === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function swatch(kindKey) {
    const node = el("span", { class: "swatch" });
    node.style.background = KIND.get(kindKey).colour;
    node.style.borderColor = KIND.get(kindKey).ink;
    return node;
  }

  /** An <a> only for http(s) URLs; anything else (javascript:, data:, …) stays plain text. */
  function safeLink(url) {
    let parsed = null;
    try {
      parsed = new URL(url);
    } catch (error) {
      parsed = null;
    }
    if (parsed && (parsed.protocol === "http:" || parsed.protocol === "https:")) {
      return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer", class: "url", text: url });
    }
    return el("span", { class: "url", text: url });
  }

  function debounce(fn, ms) {
    let timer = 0;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  const countryNamer = (() => {
    try {
      const names = new Intl.DisplayNames(["en"], { type: "region" });
      return (code) => {
        if (!code || code === "??") return "unknown country";
        try {
          return names.of(code) || code;
        } catch (error) {
          return code;
        }
      };
    } catch (error) {
      return (code) => code || "unknown country";
    }
  })();

  function countryLabel(code) {
    return code && code !== "??" ? `${countryNamer(code)} (${code})` : "unknown country";
  }

  function showBanner(message) {
    const banner = $("banner");
    banner.textContent = message;
    banner.hidden = false;
  }

  // ------------------------------------------------------------------ offsets

  /** Evidence offsets count code points (Python str); JS strings count UTF-16 units. */
  function offsetMapper(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      return { toUnits: (point) => point, toPoints: (unit) => unit };
    }
    const unitsAt = [];
    let unit = 0;
    for (const char of text) {
      unitsAt.push(unit);
      unit += char.length;
    }
    unitsAt.push(unit);
    return {
      toUnits: (point) => unitsAt[Math.max(0, Math.min(point, unitsAt.length - 1))],
      toPoints: (target) => {
        let low = 0;
        let high = unitsAt.length - 1;
        while (low < high) {
          const middle = (low + high + 1) >> 1;
          if (unitsAt[middle] <= target) low = middle;
          else high = middle - 1;
        }
        return low;
      },
    };
  }

  // ------------------------------------------------------------------ facts in gold shape

  const refName = (ref) => (ref ? ref.name : null);

  /** Mirrors pipeline/review/gold.py `gold_facts`: the seed's gold shape of one predicted fact. */
  const GOLD = {
    institutions: (item) => ({ name: item.name, country: item.country, kind: item.kind }),
    partnerships: (item) => ({
      chinese: item.chinese.name,
      foreign: item.foreign.name,
      foreign_country: item.foreign_country,
      kind: item.kind,
      date: item.date,
    }),
    roles: (item) => ({ organization: item.organization.name, member: item.member.name, role: item.role }),
    role_counts: (item) => ({ organization: item.organization.name, role: item.role, count: item.count }),
    events: (item) => ({ kind: item.kind, name: item.name, date: item.date, location: item.location }),
    people: (item) => ({ name: item.name, title: item.title, organization: refName(item.organization) }),
  };

  const SUMMARY = {
    institutions: (g) => [g.name, `(${[g.kind, g.country].filter(Boolean).join(", ")})`].join(" "),
    partnerships: (g) =>
      `${g.chinese} ↔ ${g.foreign}${g.foreign_country ? " (" + g.foreign_country + ")" : ""} · ${g.kind}` +
      (g.date ? " · " + g.date : ""),
    roles: (g) => `${g.member}: ${g.role} of ${g.organization}`,
    role_counts: (g) => `${g.organization}: ${g.count} × ${g.role}`,
    events: (g) => [g.kind, g.name, g.date, g.location].filter(Boolean).join(" · "),
    people: (g) => [g.name, g.title, g.organization].filter(Boolean).join(", "),
  };

  /** A short stable key per fact (kind + hash of its gold fields and first offset): small in localStorage. */
  function factKey(kind, gold, spans) {
    return `${kind}:${hash53(`${JSON.stringify(gold)}|${spans.length ? spans[0].start : ""}`)}`;
  }

  // cyrb53: a fast 53-bit string hash; collisions among one bulletin's facts are practically impossible.
  function hash53(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }

  const factCache = new Map();

  /** The predicted facts of record `index`, in table order. */
  function predictedFacts(index) {
    if (factCache.has(index)) return factCache.get(index);
    const record = RECORDS[index];
    const facts = [];
    for (const kind of KINDS) {
      (record[kind.key] || []).forEach((item, n) => {
        const gold = GOLD[kind.key](item);
        const spans = kind.key === "institutions" ? item.mentions : [item.evidence];
        facts.push({ id: `${kind.key}:${n}`, kind: kind.key, item, gold, spans, key: factKey(kind.key, gold, spans) });
      });
    }
    factCache.set(index, facts);
    return facts;
  }

  function addedFacts(index) {
    const review = reviewOf(INDEX[index].storeId, false);
    return (review ? review.added : []).map((added, n) => ({
      id: `added:${n}`,
      kind: added.kind,
      item: null,
      gold: added.fact,
      spans: [added.span],
      key: null,
      added: n,
    }));
  }

  // ------------------------------------------------------------------ decisions (localStorage)

  const store = loadStore();

  function loadStore() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
      if (saved && saved.version === 1 && saved.bulletins && typeof saved.bulletins === "object") return saved;
    } catch (error) {
      showBanner("This browser does not keep the review in local storage: export before closing the page.");
    }
    return { version: 1, bulletins: {} };
  }

  function saveStore() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(store));
    } catch (error) {
      showBanner("The decisions could not be saved in local storage: export them before closing the page.");
    }
  }

  // Keys are prefixed so that a document id such as "__proto__" stays an ordinary key.
  function reviewOf(documentId, create) {
    const key = "id:" + documentId;
    let review = Object.prototype.hasOwnProperty.call(store.bulletins, key) ? store.bulletins[key] : null;
    if (!review && create) {
      review = { decisions: {}, added: [] };
      store.bulletins[key] = review;
    }
    return review;
  }

  function decisionOf(index, fact) {
    if (fact.added !== undefined) return "added";
    const review = reviewOf(INDEX[index].storeId, false);
    const decision = review && Object.prototype.hasOwnProperty.call(review.decisions, fact.key)
      ? review.decisions[fact.key] : null;
    return decision === "correct" || decision === "wrong" ? decision : null;
  }

  function setDecision(index, fact, decision) {
    const review = reviewOf(INDEX[index].storeId, true);
    if (decision) review.decisions[fact.key] = decision;
    else delete review.decisions[fact.key];
    saveStore();
  }

  function reviewCounts(index) {
    const counts = { correct: 0, wrong: 0, unreviewed: 0, added: 0 };
    for (const fact of predictedFacts(index)) counts[decisionOf(index, fact) || "unreviewed"] += 1;
    counts.added = addedFacts(index).length;
    return counts;
  }

  function reviewStatus(index) {
    const review = reviewOf(INDEX[index].storeId, false);
    if (!review || (!Object.keys(review.decisions).length && !review.added.length)) return "unreviewed";
    return reviewCounts(index).unreviewed === 0 ? "done" : "partial";
  }

  function updateProgress() {
    let touched = 0;
    let done = 0;
    for (const entry of INDEX) {
      if (!reviewOf(entry.storeId, false)) continue;
      const status = reviewStatus(entry.index);
      if (status !== "unreviewed") touched += 1;
      if (status === "done") done += 1;
    }
    $("progress").textContent =
      `${done.toLocaleString("en")} of ${RECORDS.length.toLocaleString("en")} bulletins reviewed` +
      (touched > done ? `, ${touched - done} in progress` : "");
  }

  // ------------------------------------------------------------------ export (gold shape of shared/seeds)

  function goldDocument(record) {
    const d = record.document;
    return {
      language: d.language,
      title: d.title,
      published_at: d.published_at,
      credited_source: d.credited_source,
      editor: d.editor,
      channel: d.channel,
    };
  }

  function goldBulletin(index) {
    const record = RECORDS[index];
    const gold = { file: record.document.id, url: record.document.url, about: null, document: goldDocument(record) };
    const rejected = {};
    const addedSpans = [];
    for (const kind of KINDS) gold[kind.key] = [];
    for (const fact of predictedFacts(index)) {
      const decision = decisionOf(index, fact);
      if (decision === "correct") gold[fact.kind].push(fact.gold);
      if (decision === "wrong") (rejected[fact.kind] = rejected[fact.kind] || []).push(fact.gold);
    }
    for (const fact of addedFacts(index)) {
      const span = fact.spans[0];
      addedSpans.push({ kind: fact.kind, index: gold[fact.kind].length, start: span.start, end: span.end, text: span.text });
      gold[fact.kind].push(fact.gold);
    }
    const counts = reviewCounts(index);
    gold.about =
      "Facts a reviewer confirmed (marked correct) or added on the review page. " +
      "Facts marked wrong are under review.rejected; facts not yet reviewed are left out.";
    gold.review = {
      complete: counts.unreviewed === 0,
      correct: counts.correct,
      wrong: counts.wrong,
      unreviewed: counts.unreviewed,
      added: counts.added,
      rejected,
      added_spans: addedSpans,
    };
    return gold;
  }

  function exportGold() {
    const bulletins = [];
    for (const entry of INDEX) {
      if (reviewOf(entry.storeId, false) && reviewStatus(entry.index) !== "unreviewed") bulletins.push(goldBulletin(entry.index));
    }
    const payload = {
      format: "edu-bulletin-review-gold",
      version: 1,
      exported_at: new Date().toISOString(),
      records: DATA.meta.records,
      bulletins,
    };
    const blob = new Blob([JSON.stringify(payload, null, 2) + "\n"], { type: "application/json" });
    const link = el("a", { href: URL.createObjectURL(blob), download: "review-gold.json" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  // ------------------------------------------------------------------ list, search, filters

  const INDEX = RECORDS.map(indexEntry);
  const BY_ID = new Map();
  // A repeated document id (the build warns) keeps its own decisions: "id#2", "id#3", … in storage.
  const seenIds = new Map();
  INDEX.forEach((entry) => {
    if (!BY_ID.has(entry.id)) BY_ID.set(entry.id, entry.index);
    const seen = (seenIds.get(entry.id) || 0) + 1;
    seenIds.set(entry.id, seen);
    entry.storeId = seen === 1 ? entry.id : `${entry.id}#${seen}`;
  });
  let visible = INDEX.map((entry) => entry.index);
  let currentIndex = -1;

  function indexEntry(record, index) {
    const d = record.document;
    const counts = {};
    for (const kind of KINDS) counts[kind.key] = (record[kind.key] || []).length;
    const countries = new Set();
    for (const partnership of record.partnerships || []) countries.add(partnership.foreign_country || "??");
    for (const institution of record.institutions || []) {
      if (institution.country && institution.country !== "CN") countries.add(institution.country);
    }
    return {
      index,
      id: d.id,
      title: d.title || d.id,
      date: d.published || (d.published_at || "").slice(0, 10),
      source: d.source || d.credited_source || "",
      language: d.language,
      counts,
      countries,
      haystack: null,
      names: null,
    };
  }

  function haystackOf(entry) {
    if (entry.haystack === null) {
      const d = RECORDS[entry.index].document;
      entry.haystack = [d.title, d.id, d.url, d.source, d.credited_source, d.editor, d.text]
        .filter(Boolean).join("\n").toLowerCase();
    }
    return entry.haystack;
  }

  function institutionNamesOf(record) {
    const names = [];
    for (const item of record.institutions || []) {
      names.push(item.name, item.canonical_name, item.canonical_id, item.name_en, item.name_zh);
    }
    for (const item of record.partnerships || []) names.push(item.chinese.name, item.foreign.name);
    for (const item of [...(record.roles || []), ...(record.role_counts || [])]) names.push(item.organization.name);
    return names.filter(Boolean);
  }

  function namesOf(entry) {
    if (entry.names === null) entry.names = institutionNamesOf(RECORDS[entry.index]).join("\n").toLowerCase();
    return entry.names;
  }

  function fillSelect(select, label, options) {
    select.replaceChildren(el("option", { value: "", text: label }));
    for (const [value, text] of options) select.append(el("option", { value, text }));
  }

  function setUpFilters() {
    fillSelect($("filter-kind"), "any fact kind", KINDS.map((kind) => [kind.key, "has " + kind.plural.toLowerCase()]));
    const languages = [...new Set(INDEX.map((entry) => entry.language))].sort();
    fillSelect($("filter-language"), "any language", languages.map((code) => [code, code === "zh" ? "Chinese (zh)" : code === "en" ? "English (en)" : code]));
    const countries = new Map();
    for (const entry of INDEX) for (const code of entry.countries) countries.set(code, (countries.get(code) || 0) + 1);
    fillSelect(
      $("filter-country"),
      "any partner country",
      [...countries.keys()].sort().map((code) => [code, `${countryLabel(code)} · ${countries.get(code)}`]),
    );
    fillSelect($("filter-status"), "any review status", [
      ["unreviewed", "not reviewed"],
      ["partial", "in progress"],
      ["done", "reviewed"],
    ]);
    const names = new Map();
    for (const record of RECORDS) {
      for (const item of record.institutions || []) {
        const name = item.canonical_name || item.name;
        names.set(name, (names.get(name) || 0) + 1);
      }
    }
    const datalist = $("institution-names");
    [...names.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3000)
      .forEach(([name]) => datalist.append(el("option", { value: name })));
    const refilter = debounce(applyFilters, 150);
    for (const id of ["search", "filter-institution"]) $(id).addEventListener("input", refilter);
    for (const id of ["filter-kind", "filter-language", "filter-country", "filter-status"]) {
      $(id).addEventListener("change", applyFilters);
    }
  }

  function currentFilters() {
    return {
      words: $("search").value.trim().toLowerCase().split(/\s+/).filter(Boolean),
      kind: $("filter-kind").value,
      language: $("filter-language").value,
      country: $("filter-country").value,
      status: $("filter-status").value,
      institution: $("filter-institution").value.trim().toLowerCase(),
    };
  }

  function matches(entry, filters) {
    if (filters.kind && !entry.counts[filters.kind]) return false;
    if (filters.language && entry.language !== filters.language) return false;
    if (filters.country && !entry.countries.has(filters.country)) return false;
    if (filters.institution && !namesOf(entry).includes(filters.institution)) return false;
    if (filters.status && reviewStatus(entry.index) !== filters.status) return false;
    if (filters.words.length) {
      const haystack = haystackOf(entry);
      if (!filters.words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  }

  function applyFilters() {
    const filters = currentFilters();
    visible = INDEX.filter((entry) => matches(entry, filters)).map((entry) => entry.index);
    $("list-count").textContent =
      `${visible.length.toLocaleString("en")} of ${RECORDS.length.toLocaleString("en")} bulletins`;
    listEl.scrollTop = 0;
    renderList();
    if (location.hash === "#/summary") showSummary();
  }

  function routeOf(index) {
    const id = RECORDS[index].document.id;
    return BY_ID.get(id) === index ? "#/b/" + encodeURIComponent(id) : "#/n/" + index;
  }

  function listRow(index, position) {
    const entry = INDEX[index];
    const counts = el("div", { class: "row-counts" });
    for (const kind of KINDS) {
      const n = entry.counts[kind.key];
      if (!n) continue;
      const chip = el("span", { class: "chip", title: `${kind.plural}: ${n}`, text: `${kind.label.charAt(0)}${kind.key === "role_counts" ? "#" : ""} ${n}` });
      chip.style.background = kind.colour;
      chip.style.borderColor = kind.ink;
      counts.append(chip);
    }
    const status = reviewStatus(index);
    counts.append(el("span", { class: "status " + status, title: status === "done" ? "reviewed" : status === "partial" ? "in progress" : "not reviewed" }));
    const row = el(
      "a",
      { class: "row" + (index === currentIndex ? " current" : ""), href: routeOf(index), dataset: { index: String(index) } },
      el("div", { class: "row-title", text: entry.title }),
      el("div", { class: "row-meta" }, el("span", { class: "lang", text: entry.language }), " ", [entry.date, entry.source].filter(Boolean).join(" · ")),
      counts,
    );
    row.style.transform = `translateY(${position * ROW_HEIGHT}px)`;
    return row;
  }

  function renderList() {
    spacer.style.height = visible.length * ROW_HEIGHT + "px";
    const top = listEl.scrollTop;
    const height = listEl.clientHeight || 800;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - 4);
    const last = Math.min(visible.length, Math.ceil((top + height) / ROW_HEIGHT) + 4);
    const rows = [];
    for (let position = first; position < last; position++) rows.push(listRow(visible[position], position));
    spacer.replaceChildren(...rows);
  }

  function revealInList(index) {
    const position = visible.indexOf(index);
    if (position < 0) return;
    const top = position * ROW_HEIGHT;
    if (top < listEl.scrollTop || top + ROW_HEIGHT > listEl.scrollTop + listEl.clientHeight) {
      listEl.scrollTop = Math.max(0, top - listEl.clientHeight / 3);
    }
  }

  // ------------------------------------------------------------------ one bulletin

  let view = null; // what is on screen for the open bulletin

  function showBulletin(index) {
    currentIndex = index;
    const record = RECORDS[index];
    const facts = predictedFacts(index).concat(addedFacts(index));
    const textPane = el("div", { class: "text-pane" });
    const factsPane = el("div", { class: "facts-pane" });
    view = { index, facts, textPane, factsPane, segments: null, selection: null, progress: null, fieldTargets: {} };
    const head = bulletinHead(record, index);
    renderText();
    renderFacts();
    const container = el("div", { class: "bulletin" }, head, el("div", { class: "panes" }, textPane, factsPane));
    container.addEventListener("mouseover", onMarkOver);
    container.addEventListener("mouseout", onMarkOut);
    container.addEventListener("click", onMarkClick);
    main.replaceChildren(container);
    main.scrollTop = 0;
    setTab("bulletins");
    revealInList(index);
    renderList();
  }

  function bulletinHead(record, index) {
    const d = record.document;
    const item = (label, value) => (value ? el("span", {}, el("b", { text: label + " " }), el("span", { text: value })) : null);
    const credited = item("credited", d.credited_source);
    const title = el("h2", { text: d.title || "(untitled)" });
    view.fieldTargets = { title, credited_source: credited ? credited.lastChild : null };
    if (!d.title) delete view.fieldTargets.title;
    if (!credited) delete view.fieldTargets.credited_source;
    const meta = el(
      "div",
      { class: "meta" },
      item("date", d.published_at || d.published),
      item("language", d.language),
      item("source", d.source),
      credited,
      item("editor", d.editor),
      item("channel", (d.channel || []).join(" › ")),
      item("id", d.id),
      d.url ? el("span", {}, el("b", { text: "url " }), safeLink(d.url)) : null,
    );
    const notes = [...(record.warnings || []), ...(NOTES[String(index)] || [])];
    const position = visible.indexOf(index);
    const tools = el(
      "div",
      { class: "bulletin-tools" },
      el("button", { type: "button", id: "prev-bulletin", disabled: position <= 0, text: "‹ previous" }),
      el("button", { type: "button", id: "next-bulletin", disabled: position < 0 || position >= visible.length - 1, text: "next ›" }),
      el("button", { type: "button", id: "accept-rest", title: "Mark every fact without a decision as correct", text: "Mark the rest correct" }),
      el("button", { type: "button", id: "reset-bulletin", title: "Forget the decisions and added facts of this bulletin", text: "Reset" }),
      el("span", { class: "muted", id: "bulletin-progress" }),
    );
    view.progress = tools.lastChild;
    tools.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      if (button.id === "prev-bulletin") stepBulletin(-1);
      if (button.id === "next-bulletin") stepBulletin(1);
      if (button.id === "accept-rest") acceptRest();
      if (button.id === "reset-bulletin") resetBulletin();
    });
    return el(
      "div",
      { class: "bulletin-head" },
      title,
      meta,
      notes.length ? el("ul", { class: "notes" }, ...notes.map((note) => el("li", { text: note }))) : null,
      tools,
    );
  }

  function stepBulletin(step) {
    const position = visible.indexOf(currentIndex);
    const next = visible[position + step];
    if (next !== undefined) location.hash = routeOf(next);
  }

  function acceptRest() {
    const review = reviewOf(INDEX[view.index].storeId, true);
    for (const fact of predictedFacts(view.index)) {
      if (!decisionOf(view.index, fact)) review.decisions[fact.key] = "correct";
    }
    saveStore();
    refreshDecisions();
  }

  function resetBulletin() {
    delete store.bulletins["id:" + INDEX[view.index].storeId];
    saveStore();
    showBulletin(view.index);
    updateProgress();
  }

  /** The text (and title, credited source) split at every evidence boundary; each piece knows its facts. */
  function renderText() {
    const record = RECORDS[view.index];
    view.segments = [];
    view.segmentsOfFact = view.facts.map(() => []);
    const body = el("div", { class: "doc-text", lang: record.document.language === "zh" ? "zh" : "en" });
    highlightInto(body, record.document.text, null);
    for (const [field, target] of Object.entries(view.fieldTargets)) {
      if (record.document[field]) highlightInto(target, record.document[field], field);
    }
    view.mapper = offsetMapper(record.document.text);
    view.textBody = body;
    const legend = el("div", { class: "legend" });
    for (const kind of KINDS) legend.append(el("span", {}, swatch(kind.key), " " + kind.plural));
    const hint = el("p", { class: "hint", text: "Select words in the text to add a fact the extractor missed." });
    view.textPane.replaceChildren(legend, hint, body);
    body.addEventListener("mouseup", onTextSelect);
    body.addEventListener("keyup", onTextSelect);
  }

  /** Fill `container` with `text`, marking the spans that point into it (`field` null: document.text). */
  function highlightInto(container, text, field) {
    const mapper = offsetMapper(text);
    const spans = [];
    view.facts.forEach((fact, factNumber) => {
      for (const span of fact.spans) {
        if ((span.field || null) !== field) continue;
        const start = mapper.toUnits(span.start);
        const end = mapper.toUnits(span.end);
        if (end > start) spans.push({ start, end, factNumber });
      }
    });
    const cuts = new Set([0, text.length]);
    for (const span of spans) {
      cuts.add(span.start);
      cuts.add(span.end);
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    container.replaceChildren();
    for (let b = 0; b + 1 < bounds.length; b++) {
      const start = bounds[b];
      const end = bounds[b + 1];
      const covering = spans.filter((span) => span.start <= start && span.end >= end);
      const piece = text.slice(start, end);
      if (!covering.length) {
        container.append(document.createTextNode(piece));
        continue;
      }
      covering.sort((x, y) => x.end - x.start - (y.end - y.start));
      const factNumbers = [...new Set(covering.map((span) => span.factNumber))];
      const mark = el("mark", { class: "hl", dataset: { segment: String(view.segments.length) }, text: piece });
      styleMark(mark, factNumbers);
      view.segments.push({ mark, factNumbers });
      for (const factNumber of factNumbers) view.segmentsOfFact[factNumber].push(mark);
      container.append(mark);
    }
  }

  function styleMark(mark, factNumbers) {
    const kinds = [...new Set(factNumbers.map((n) => view.facts[n].kind))];
    const first = KIND.get(kinds[0]);
    mark.style.background = first.colour;
    mark.classList.add("k-" + first.key);
    if (kinds.length > 1) {
      mark.classList.add("multi");
      mark.style.textDecorationColor = KIND.get(kinds[1]).ink;
    }
    if (factNumbers.every((n) => view.facts[n].added !== undefined)) mark.classList.add("added");
    const decisions = factNumbers.map((n) => decisionOf(view.index, view.facts[n]));
    mark.classList.toggle("wrong", decisions.every((decision) => decision === "wrong"));
  }

  function onMarkOver(event) {
    const mark = event.target.closest("mark.hl");
    if (!mark) return;
    const segment = view.segments[Number(mark.dataset.segment)];
    tooltip.replaceChildren(
      ...segment.factNumbers.map((n) => {
        const fact = view.facts[n];
        const decision = decisionOf(view.index, fact);
        return el(
          "div",
          {},
          swatch(fact.kind),
          `${KIND.get(fact.kind).label}: ${SUMMARY[fact.kind](fact.gold)}`,
          decision && decision !== "added" ? ` [${decision}]` : fact.added !== undefined ? " [added]" : "",
        );
      }),
    );
    const box = mark.getBoundingClientRect();
    tooltip.hidden = false;
    tooltip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - 430)) + "px";
    tooltip.style.top = (box.bottom + 6 + 120 > window.innerHeight ? box.top - 6 - tooltip.offsetHeight : box.bottom + 6) + "px";
    for (const n of segment.factNumbers) rowOf(view.facts[n]).classList.add("hover");
  }

  function onMarkOut(event) {
    const mark = event.target.closest("mark.hl");
    if (!mark) return;
    tooltip.hidden = true;
    for (const row of view.factsPane.querySelectorAll("tr.fact.hover")) row.classList.remove("hover");
  }

  function onMarkClick(event) {
    const mark = event.target.closest("mark.hl");
    if (!mark || !window.getSelection().isCollapsed) return;
    const segment = view.segments[Number(mark.dataset.segment)];
    const row = rowOf(view.facts[segment.factNumbers[0]]);
    for (const selected of view.factsPane.querySelectorAll("tr.fact.selected")) selected.classList.remove("selected");
    for (const n of segment.factNumbers) rowOf(view.facts[n]).classList.add("selected");
    row.scrollIntoView({ block: "nearest" });
  }

  /** Scroll to a fact's words and flash them. */
  function focusFact(factNumber) {
    for (const mark of main.querySelectorAll("mark.active")) mark.classList.remove("active");
    for (const row of view.factsPane.querySelectorAll("tr.fact.selected")) row.classList.remove("selected");
    const marks = view.segmentsOfFact[factNumber];
    rowOf(view.facts[factNumber]).classList.add("selected");
    if (!marks.length) return;
    marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
    for (const mark of marks) {
      mark.classList.add("active");
      mark.classList.remove("flash");
      void mark.offsetWidth; // restart the animation
      mark.classList.add("flash");
    }
    setTimeout(() => marks.forEach((mark) => mark.classList.remove("flash")), 1300);
  }

  // ------------------------------------------------------------------ facts table

  function rowOf(fact) {
    return view.factsPane.querySelector(`tr.fact[data-fact="${fact.id}"]`);
  }

  function refCell(ref) {
    if (!ref) return el("td", {});
    const canonical = ref.canonical_name && ref.canonical_name !== ref.name
      ? el("span", { class: "canon", text: "→ " + ref.canonical_name }) : null;
    return el("td", {}, ref.name, canonical);
  }

  function institutionCell(item) {
    const linked = item.canonical_id || item.canonical_name;
    const canonical = linked
      ? el("span", { class: "canon", text: `→ ${item.canonical_name || item.canonical_id}${item.canonical_id ? " [" + item.canonical_id + "]" : ""}` })
      : el("span", { class: "canon muted", text: "not linked" });
    const other = [item.name_en, item.name_zh].filter((name) => name && name !== item.name && name !== item.canonical_name);
    return el("td", {}, item.name, canonical, other.length ? el("span", { class: "canon", text: other.join(" / ") }) : null);
  }

  /** Cells of one fact: the gold fields, with canonical names where the record has them. */
  function factCells(fact) {
    const g = fact.gold;
    const item = fact.item;
    const text = (value) => el("td", { text: value === null || value === undefined ? "" : String(value) });
    const country = (code) => el("td", { title: code ? countryNamer(code) : null, text: code || "" });
    if (!item) return KIND.get(fact.kind).fields.map((field) => text(g[field.name]));
    switch (fact.kind) {
      case "institutions":
        return [institutionCell(item), country(g.country), text(g.kind)];
      case "partnerships":
        return [refCell(item.chinese), refCell(item.foreign), country(g.foreign_country), text(g.kind + (item.inferred ? " (inferred)" : "")), text(g.date)];
      case "roles":
        return [refCell(item.organization), refCell(item.member), text(g.role)];
      case "role_counts":
        return [refCell(item.organization), text(g.role), text(g.count)];
      case "events":
        return [text(g.kind), text(g.name), el("td", { title: item.date_text || null, text: g.date || item.date_text || "" }), text(g.location)];
      default:
        return [text(g.name), text(g.title), refCell(item.organization)];
    }
  }

  function factRow(fact, factNumber) {
    const decision = decisionOf(view.index, fact);
    const first = fact.spans[0];
    const words = first ? first.text + (first.field ? ` (in the ${first.field.replace("_", " ")})` : "") : "";
    const more = fact.spans.length > 1 ? ` (+${fact.spans.length - 1})` : "";
    const decide = el("td", { class: "decide" });
    if (fact.added !== undefined) {
      decide.append(el("span", { class: "badge", text: "added" }), el("button", { type: "button", dataset: { remove: String(fact.added) }, title: "Remove this added fact", text: "remove" }));
    } else {
      decide.append(
        el("button", { type: "button", dataset: { decision: "correct" }, "aria-pressed": String(decision === "correct"), title: "Correct (c)", text: "✓" }),
        el("button", { type: "button", dataset: { decision: "wrong" }, "aria-pressed": String(decision === "wrong"), title: "Wrong (w)", text: "✗" }),
      );
    }
    return el(
      "tr",
      { class: "fact" + (decision && decision !== "added" ? " " + decision : ""), tabindex: "0", dataset: { fact: fact.id, number: String(factNumber) } },
      ...factCells(fact),
      el("td", { class: "words", text: words + more }),
      decide,
    );
  }

  function renderFacts() {
    const sections = [];
    view.addPanel = el("div", { class: "add-fact", id: "add-fact", hidden: true });
    for (const kind of KINDS) {
      const rows = [];
      view.facts.forEach((fact, n) => {
        if (fact.kind === kind.key) rows.push(factRow(fact, n));
      });
      const head = el("tr", {}, ...kind.fields.map((field) => el("th", { text: field.name.replace("_", " ") })), el("th", { text: "words" }), el("th", { text: "decision" }));
      sections.push(
        el(
          "section",
          { class: "facts", dataset: { kind: kind.key } },
          el("h3", {}, swatch(kind.key), `${kind.plural} (${rows.length})`),
          rows.length ? el("table", { class: "fact-table" }, el("thead", {}, head), el("tbody", {}, ...rows)) : el("p", { class: "hint", text: "none" }),
        ),
      );
    }
    view.factsPane.replaceChildren(view.addPanel, ...sections);
    view.factsPane.addEventListener("click", onFactsClick);
    view.factsPane.addEventListener("keydown", onFactsKey);
    updateBulletinProgress();
  }

  function onFactsClick(event) {
    const button = event.target.closest("button");
    const row = event.target.closest("tr.fact");
    if (button && button.dataset.remove !== undefined) return removeAdded(Number(button.dataset.remove));
    if (!row) return;
    const factNumber = Number(row.dataset.number);
    if (button && button.dataset.decision) {
      const fact = view.facts[factNumber];
      const wanted = button.dataset.decision;
      setDecision(view.index, fact, decisionOf(view.index, fact) === wanted ? null : wanted);
      refreshDecisions();
      return;
    }
    focusFact(factNumber);
  }

  function onFactsKey(event) {
    const row = event.target.closest("tr.fact");
    if (!row || event.target !== row) return;
    const factNumber = Number(row.dataset.number);
    const fact = view.facts[factNumber];
    const rows = [...view.factsPane.querySelectorAll("tr.fact")];
    const at = rows.indexOf(row);
    const key = event.key.toLowerCase();
    if ((key === "c" || key === "w" || key === "x") && fact.added === undefined) {
      setDecision(view.index, fact, key === "c" ? "correct" : "wrong");
      refreshDecisions();
      const next = rows[at + 1];
      if (next) next.focus();
    } else if (key === "arrowdown" || key === "j") {
      if (rows[at + 1]) rows[at + 1].focus();
    } else if (key === "arrowup" || key === "k") {
      if (rows[at - 1]) rows[at - 1].focus();
    } else if (key === "enter") {
      focusFact(factNumber);
    } else {
      return;
    }
    event.preventDefault();
  }

  /** After a decision: row classes, button states, marks, counters and the list row. */
  function refreshDecisions() {
    view.facts.forEach((fact, n) => {
      if (fact.added !== undefined) return;
      const decision = decisionOf(view.index, fact);
      const row = rowOf(fact);
      row.classList.toggle("correct", decision === "correct");
      row.classList.toggle("wrong", decision === "wrong");
      for (const button of row.querySelectorAll("button[data-decision]")) {
        button.setAttribute("aria-pressed", String(button.dataset.decision === decision));
      }
      for (const mark of view.segmentsOfFact[n]) {
        const segment = view.segments[Number(mark.dataset.segment)];
        styleMark(mark, segment.factNumbers);
      }
    });
    updateBulletinProgress();
    updateProgress();
    renderList();
  }

  function updateBulletinProgress() {
    const counts = reviewCounts(view.index);
    view.progress.textContent =
      `${counts.correct} correct · ${counts.wrong} wrong · ${counts.unreviewed} to review · ${counts.added} added`;
  }

  // ------------------------------------------------------------------ adding a missed fact

  function onTextSelect() {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!view.textBody.contains(range.startContainer) || !view.textBody.contains(range.endContainer)) return;
    const text = RECORDS[view.index].document.text;
    let start = unitsBefore(range.startContainer, range.startOffset);
    let end = unitsBefore(range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    const pointStart = view.mapper.toPoints(start);
    const pointEnd = view.mapper.toPoints(end);
    view.selection = { start: pointStart, end: pointEnd, text: text.slice(start, end) };
    openAddPanel();
  }

  function unitsBefore(node, offset) {
    const range = document.createRange();
    range.setStart(view.textBody, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function openAddPanel(kindKey) {
    const picked = view.selection;
    const panel = view.addPanel;
    const kindSelect = el("select", { id: "add-kind", "aria-label": "Fact kind" });
    for (const kind of KINDS) kindSelect.append(el("option", { value: kind.key, text: kind.label }));
    kindSelect.value = kindKey || "institutions";
    const fields = el("div", { class: "fields" });
    const error = el("div", { class: "error", id: "add-error" });
    const kind = KIND.get(kindSelect.value);
    const count = (picked.text.match(/\d+/) || [""])[0];
    const firstText = kind.fields.find((field) => field.type === "text");
    for (const field of kind.fields) {
      const id = "add-field-" + field.name;
      let input;
      if (field.type === "choice") {
        input = el("select", { id });
        for (const option of field.options) input.append(el("option", { value: option, text: option }));
      } else {
        input = el("input", {
          id,
          type: field.type === "count" ? "number" : "text",
          min: field.type === "count" ? "0" : null,
          maxlength: field.type === "country" ? "2" : null,
          placeholder: field.type === "country" ? "e.g. AU" : field.type === "date" ? "YYYY-MM-DD" : null,
        });
        if (field === firstText) input.value = picked.text;
        if (field.type === "count") input.value = count;
      }
      input.dataset.field = field.name;
      fields.append(el("label", { for: id, text: field.name.replace("_", " ") + (field.required ? " *" : "") }), input);
    }
    const save = el("button", { type: "button", id: "add-save", text: "Add fact" });
    const cancel = el("button", { type: "button", id: "add-cancel", text: "Cancel" });
    panel.replaceChildren(
      el("div", {}, el("b", { text: "Add a missed fact from: " }), el("span", { class: "picked", text: `“${picked.text}”` })),
      el("div", {}, "Kind ", kindSelect),
      fields,
      error,
      el("div", {}, save, " ", cancel),
    );
    panel.hidden = false;
    kindSelect.addEventListener("change", () => openAddPanel(kindSelect.value));
    cancel.addEventListener("click", () => { panel.hidden = true; });
    save.addEventListener("click", () => saveAdded(kind, fields, error));
    view.factsPane.scrollTop = 0;
  }

  function saveAdded(kind, fields, error) {
    const fact = {};
    for (const field of kind.fields) {
      const raw = fields.querySelector(`[data-field="${field.name}"]`).value.trim();
      if (field.required && !raw) return void (error.textContent = `${field.name} is needed`);
      if (field.type === "country" && raw && !/^[A-Za-z]{2}$/.test(raw)) return void (error.textContent = "country is a two-letter code");
      if (field.type === "date" && raw && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return void (error.textContent = "date is YYYY-MM-DD");
      if (field.type === "count" && !/^\d+$/.test(raw)) return void (error.textContent = "count is a whole number");
      fact[field.name] = field.type === "count" ? Number(raw) : field.type === "country" ? raw.toUpperCase() || null : raw || null;
    }
    const review = reviewOf(INDEX[view.index].storeId, true);
    review.added.push({ kind: kind.key, fact, span: view.selection });
    saveStore();
    window.getSelection().removeAllRanges();
    showBulletin(view.index);
    updateProgress();
  }

  function removeAdded(n) {
    const review = reviewOf(INDEX[view.index].storeId, true);
    review.added.splice(n, 1);
    saveStore();
    showBulletin(view.index);
    updateProgress();
  }

  // ------------------------------------------------------------------ summary charts (SVG)

  function showSummary() {
    currentIndex = -1;
    view = null;
    const records = visible.map((index) => RECORDS[index]);
    const indices = visible.slice();
    main.replaceChildren(
      el(
        "div",
        { class: "summary" },
        el("p", { class: "muted", text: `Over the ${records.length.toLocaleString("en")} bulletins that the current search and filters show.` }),
        el("h2", { text: "Partnerships by partner country" }),
        countryChart(records),
        el("h2", { text: "Events on a timeline" }),
        timelineChart(indices),
        el("h2", { text: "Network of Chinese and foreign institutions" }),
        networkChart(records),
      ),
    );
    setTab("summary");
    renderList();
  }

  function emptyChart(message) {
    return el("p", { class: "hint", text: message });
  }

  function countryChart(records) {
    const counts = new Map();
    for (const record of records) {
      for (const partnership of record.partnerships || []) {
        const code = partnership.foreign_country || "??";
        counts.set(code, (counts.get(code) || 0) + 1);
      }
    }
    if (!counts.size) return emptyChart("No partnerships.");
    const bars = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 30);
    const width = 760;
    const labelWidth = 200;
    const barHeight = 20;
    const height = bars.length * (barHeight + 6) + 30;
    const max = bars[0][1];
    const chart = svg("svg", { class: "chart", id: "chart-countries", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Partnerships by partner country" });
    bars.forEach(([code, count], row) => {
      const y = 10 + row * (barHeight + 6);
      const length = Math.max(2, ((width - labelWidth - 60) * count) / max);
      const bar = svg("rect", { x: labelWidth, y, width: length, height: barHeight, rx: 3, fill: KIND.get("partnerships").ink, class: code === "??" ? null : "clickable", dataset: { country: code } },
        svg("title", { text: `${countryNamer(code)}: ${count} partnership${count === 1 ? "" : "s"}` }));
      chart.append(
        svg("text", { x: labelWidth - 8, y: y + 14, "text-anchor": "end", text: countryLabel(code) }),
        bar,
        svg("text", { x: labelWidth + length + 6, y: y + 14, text: String(count) }),
      );
    });
    if (counts.size > bars.length) chart.append(svg("text", { x: labelWidth, y: height - 6, text: `and ${counts.size - bars.length} more countries` }));
    chart.addEventListener("click", (event) => {
      const code = event.target.dataset && event.target.dataset.country;
      if (code && code !== "??") {
        $("filter-country").value = code;
        applyFilters();
      }
    });
    return chart;
  }

  function timelineChart(indices) {
    const events = [];
    let undated = 0;
    indices.forEach((index) => {
      for (const event of RECORDS[index].events || []) {
        const time = event.date ? Date.parse(event.date + "T00:00:00Z") : NaN;
        if (Number.isNaN(time)) undated += 1;
        else events.push({ event, time, index });
      }
    });
    if (!events.length) return emptyChart(undated ? `${undated} events, none with a date.` : "No events.");
    const eventKinds = [...new Set(events.map((item) => item.event.kind))].sort();
    const width = 900;
    const left = 110;
    const lane = 34;
    const height = 40 + eventKinds.length * lane + 30;
    let min = Math.min(...events.map((item) => item.time));
    let max = Math.max(...events.map((item) => item.time));
    if (max - min < 864e5 * 30) { min -= 864e5 * 15; max += 864e5 * 15; }
    const x = (time) => left + ((width - left - 20) * (time - min)) / (max - min);
    const chart = svg("svg", { class: "chart", id: "chart-timeline", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Events on a timeline" });
    eventKinds.forEach((kind, row) => {
      const y = 30 + row * lane;
      chart.append(svg("text", { x: left - 10, y: y + 4, "text-anchor": "end", text: kind }), svg("line", { class: "axis", x1: left, x2: width - 20, y1: y, y2: y }));
    });
    for (const tick of timeTicks(min, max)) {
      const tx = x(tick.time);
      chart.append(svg("line", { class: "axis", x1: tx, x2: tx, y1: 18, y2: height - 24, "stroke-dasharray": "2 4" }), svg("text", { x: tx, y: height - 8, "text-anchor": "middle", text: tick.label }));
    }
    const stack = new Map();
    for (const item of events) {
      const row = eventKinds.indexOf(item.event.kind);
      const key = `${row}:${item.event.date}`;
      const level = stack.get(key) || 0;
      stack.set(key, level + 1);
      const label = [item.event.kind, item.event.name, item.event.date, item.event.location].filter(Boolean).join(" · ");
      chart.append(
        svg("circle", { class: "dot clickable", cx: x(item.time), cy: 30 + row * lane - Math.min(level, 3) * 3, r: 5, fill: EVENT_PALETTE[row % EVENT_PALETTE.length], dataset: { index: String(item.index) } },
          svg("title", { text: `${label}\n${RECORDS[item.index].document.title || RECORDS[item.index].document.id}` })),
      );
    }
    if (undated) chart.append(svg("text", { x: left, y: 14, text: `${undated} event${undated === 1 ? "" : "s"} without a date not shown` }));
    chart.addEventListener("click", openFromChart);
    return chart;
  }

  function timeTicks(min, max) {
    const ticks = [];
    const first = new Date(min);
    const spanDays = (max - min) / 864e5;
    const monthStep = spanDays > 365 * 6 ? 12 : spanDays > 365 * 2 ? 6 : spanDays > 200 ? 3 : 1;
    let date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
    while (date.getTime() <= max && ticks.length < 40) {
      if (date.getUTCMonth() % monthStep === 0) {
        ticks.push({ time: date.getTime(), label: date.toISOString().slice(0, monthStep === 12 ? 4 : 7) });
      }
      date = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
    }
    return ticks;
  }

  function openFromChart(event) {
    const index = event.target.dataset && event.target.dataset.index;
    if (index !== undefined) location.hash = routeOf(Number(index));
  }

  function networkChart(records) {
    const nodes = new Map();
    const edges = new Map();
    const node = (ref, side, country) => {
      const key = side + ":" + (ref.canonical_id || ref.name.toLowerCase());
      if (!nodes.has(key)) nodes.set(key, { key, side, label: ref.canonical_name || ref.name, country, degree: 0 });
      return nodes.get(key);
    };
    for (const record of records) {
      for (const partnership of record.partnerships || []) {
        const chinese = node(partnership.chinese, "cn", "CN");
        const foreign = node(partnership.foreign, "foreign", partnership.foreign_country);
        const key = chinese.key + "\u0000" + foreign.key;
        if (!edges.has(key)) edges.set(key, { chinese, foreign, count: 0, kinds: new Set() });
        const edge = edges.get(key);
        edge.count += 1;
        edge.kinds.add(partnership.kind);
        chinese.degree += 1;
        foreign.degree += 1;
      }
    }
    if (!edges.size) return emptyChart("No partnerships, so no network.");
    const limit = 40;
    const side = (name) => [...nodes.values()].filter((item) => item.side === name).sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
    const chineseAll = side("cn");
    const foreignAll = side("foreign");
    const chinese = chineseAll.slice(0, limit);
    const foreign = foreignAll.slice(0, limit);
    const shown = new Set([...chinese, ...foreign]);
    const width = 900;
    const rowHeight = 22;
    const height = Math.max(chinese.length, foreign.length) * rowHeight + 60;
    const leftX = 300;
    const rightX = width - 300;
    const place = (list, x) => list.forEach((item, row) => {
      item.x = x;
      item.y = 40 + row * rowHeight + ((Math.max(chinese.length, foreign.length) - list.length) * rowHeight) / 2;
    });
    place(chinese, leftX);
    place(foreign, rightX);
    const chart = svg("svg", { class: "chart", id: "chart-network", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Network of Chinese and foreign institutions" });
    chart.append(
      svg("text", { x: leftX, y: 18, "text-anchor": "end", text: `Chinese institutions (${chineseAll.length})` }),
      svg("text", { x: rightX, y: 18, text: `Foreign institutions (${foreignAll.length})` }),
    );
    for (const edge of edges.values()) {
      if (!shown.has(edge.chinese) || !shown.has(edge.foreign)) continue;
      const middle = (leftX + rightX) / 2;
      const path = svg("path", {
        class: "edge",
        d: `M${leftX + 6},${edge.chinese.y} C${middle},${edge.chinese.y} ${middle},${edge.foreign.y} ${rightX - 6},${edge.foreign.y}`,
        "stroke-width": 1 + Math.log2(edge.count),
      }, svg("title", { text: `${edge.chinese.label} ↔ ${edge.foreign.label}: ${edge.count} × ${[...edge.kinds].join(", ")}` }));
      chart.append(path);
    }
    for (const item of shown) {
      const left = item.side === "cn";
      const colour = left ? "#c2285a" : KIND.get("institutions").ink;
      chart.append(
        svg("circle", { cx: item.x, cy: item.y, r: Math.min(9, 3 + Math.sqrt(item.degree) * 1.5), fill: colour, class: "clickable", dataset: { institution: item.label } },
          svg("title", { text: `${item.label}${item.country ? " (" + item.country + ")" : ""}: ${item.degree} partnership${item.degree === 1 ? "" : "s"}` })),
        svg("text", { x: left ? item.x - 12 : item.x + 12, y: item.y + 4, "text-anchor": left ? "end" : "start", class: "clickable", dataset: { institution: item.label }, text: shorten(item.label, 42) + (left || !item.country ? "" : ` (${item.country})`) }),
      );
    }
    const hidden = chineseAll.length + foreignAll.length - shown.size;
    if (hidden > 0) chart.append(svg("text", { x: width / 2, y: height - 10, "text-anchor": "middle", text: `${hidden} less connected institutions not shown` }));
    chart.addEventListener("click", (event) => {
      const name = event.target.dataset && event.target.dataset.institution;
      if (name) {
        $("filter-institution").value = name;
        applyFilters();
      }
    });
    return chart;
  }

  function shorten(text, length) {
    return text.length > length ? text.slice(0, length - 1) + "…" : text;
  }

  // ------------------------------------------------------------------ routing

  function setTab(name) {
    $("tab-bulletins").classList.toggle("on", name === "bulletins");
    $("tab-summary").classList.toggle("on", name === "summary");
  }

  function showWelcome() {
    currentIndex = -1;
    view = null;
    const shortcut = (key, what) => el("li", {}, el("kbd", { text: key }), " " + what);
    main.replaceChildren(
      el(
        "div",
        { class: "welcome" },
        el("h2", { text: `${RECORDS.length.toLocaleString("en")} bulletins to review` }),
        el("p", { text: "Open a bulletin from the list. Click a fact to see its words in the text; hover a highlight to see the facts it supports. Mark each fact correct or wrong, select words to add a fact the extractor missed, and export the result as gold facts." }),
        el("p", { text: "Decisions are kept in this browser (local storage) until you reset them; Export saves them as review-gold.json." }),
        el("ul", {}, shortcut("c", "mark the focused fact correct"), shortcut("w", "mark it wrong"), shortcut("j / k", "next / previous fact"), shortcut("Enter", "show its words"), shortcut("n / p", "next / previous bulletin")),
      ),
    );
    setTab("bulletins");
    renderList();
  }

  function route() {
    tooltip.hidden = true;
    const hash = location.hash;
    if (hash.startsWith("#/b/")) {
      const index = BY_ID.get(decodeURIComponent(hash.slice(4)));
      if (index !== undefined) return showBulletin(index);
    }
    if (hash.startsWith("#/n/")) {
      const index = Number(hash.slice(4));
      if (Number.isInteger(index) && index >= 0 && index < RECORDS.length) return showBulletin(index);
    }
    if (hash === "#/summary") return showSummary();
    return showWelcome();
  }

  function onGlobalKey(event) {
    const target = event.target;
    if (target.closest("input, select, textarea, tr.fact") || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "n") stepBulletin(1);
    else if (event.key === "p") stepBulletin(-1);
  }

  // ------------------------------------------------------------------ start

  $("source-name").textContent = DATA.meta.records || "";
  setUpFilters();
  $("list-count").textContent = `${RECORDS.length.toLocaleString("en")} bulletins`;
  $("export").addEventListener("click", exportGold);
  listEl.addEventListener("scroll", () => requestAnimationFrame(renderList), { passive: true });
  window.addEventListener("resize", () => requestAnimationFrame(renderList));
  window.addEventListener("hashchange", route);
  document.addEventListener("keydown", onGlobalKey);
  // Another tab of the same page changed the decisions: take them over and redraw.
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY) return;
    store.bulletins = loadStore().bulletins;
    route();
    updateProgress();
  });
  route();
  updateProgress();
  window.__review = {
    parseMs: parsedAt - startedAt,
    readyMs: performance.now() - startedAt,
    readyAt: performance.now(),
    bulletins: RECORDS.length,
  };
  document.documentElement.dataset.ready = "true";
})();
