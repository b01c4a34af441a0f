// The fazhi graph page: draws the graph with vis-network, filters it by kind and report,
// searches names and aliases, and shows a node's card with its evidence when clicked.
// Every name and sentence is put into the page as text (textContent / text nodes), never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("fazhi-data").textContent);
  var COLORS = { Regulation: "#4e79a7", Organization: "#f28e2b", Measure: "#59a14f", Place: "#b07aa1",
                 Report: "#6b7b8c", Unknown: "#bab0ac" };
  var MAX_VISIBLE = 1000;    // more nodes than this make vis-network sluggish: show the best connected
  var MAX_RESULTS = 20;
  var MAX_NEIGHBOURS = 30;
  var MAX_EVIDENCE = 40;
  var nodes = data.nodes, edges = data.edges, reports = data.reports;

  var outgoing = nodes.map(function () { return []; });
  var incoming = nodes.map(function () { return []; });
  edges.forEach(function (e, i) { outgoing[e.s].push(i); incoming[e.t].push(i); });

  // The comparison form of a name, as fazhi's normalize_title: NFKC, marks and spaces dropped.
  var DROPPED = /[《》〈〉<>‹›«»“”"'‘’「」『』\s·•]/g;
  function fold(text) { return String(text).normalize("NFKC").replace(DROPPED, "").toLowerCase(); }
  var searchForms = nodes.map(function (n) { return [n.n].concat(n.al).map(fold); });

  var state = { kinds: {}, report: "", pinned: {}, selected: null, positions: {} };
  data.kinds.forEach(function (k) { state.kinds[k] = true; });
  state.kinds.Unknown = true;

  // --- small DOM helpers: children are nodes or strings (which become text nodes)
  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) { node[key] = props[key]; });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
    return node;
  }
  function swatch(kind) {
    var s = el("span", { className: "swatch" });
    s.style.background = COLORS[kind] || COLORS.Unknown;
    return s;
  }
  function shortLabel(name) { return name.length > 22 ? name.slice(0, 21) + "…" : name; }
  function reportLabel(r) { return (r.title || r.doc) + (r.year ? " (" + r.year + ")" : ""); }

  // --- which nodes and edges are shown
  function visible() {
    var ids = [], total = 0, report = state.report === "" ? -1 : Number(state.report);
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      if (!state.kinds[n.k]) continue;
      if (report >= 0 && n.r.indexOf(report) < 0) continue;
      total++;
      if (ids.length < MAX_VISIBLE) ids.push(i);  // nodes come best connected first
    }
    var shown = {};
    ids.forEach(function (i) { shown[i] = true; });
    Object.keys(state.pinned).forEach(function (i) { if (!shown[i]) { shown[i] = true; ids.push(Number(i)); } });
    var edgeIds = [];
    edges.forEach(function (e, i) {
      if (shown[e.s] && shown[e.t] && (report < 0 || e.r.indexOf(report) >= 0)) edgeIds.push(i);
    });
    return { nodes: ids, edges: edgeIds, total: total };
  }

  function visNode(i) {
    var n = nodes[i], color = COLORS[n.k] || COLORS.Unknown;
    var item = { id: i, label: shortLabel(n.n), value: n.d + 1,
                 color: { background: color, border: color, highlight: { background: color, border: "#111" } } };
    var p = state.positions[i];
    if (p) { item.x = p.x; item.y = p.y; }
    return item;
  }

  var container = document.getElementById("graph");
  var nodeSet = new vis.DataSet([]);
  var edgeSet = new vis.DataSet([]);
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, {
    nodes: { shape: "dot", borderWidth: 1,
             font: { size: 12, face: "system-ui, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif", color: "#222" },
             scaling: { min: 5, max: 32, label: { enabled: true, min: 11, max: 22, drawThreshold: 5, maxVisible: 24 } } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.35 } }, width: 0.6, smooth: false,
             color: { color: "#b9c0c7", highlight: "#333", hover: "#666", opacity: 0.8 } },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 300, updateInterval: 50 },
               forceAtlas2Based: { gravitationalConstant: -45, springLength: 90, avoidOverlap: 0.3 } },
    layout: { randomSeed: 7, improvedLayout: false },
    interaction: { hover: true, hideEdgesOnDrag: true, tooltipDelay: 300 }
  });

  function render() {
    var v = visible();
    nodeSet.clear();
    edgeSet.clear();
    nodeSet.add(v.nodes.map(visNode));
    edgeSet.add(v.edges.map(function (i) {
      var e = edges[i];
      return { id: i, from: e.s, to: e.t };
    }));
    var notice = document.getElementById("notice");
    notice.textContent = v.total > MAX_VISIBLE
      ? "Showing the " + MAX_VISIBLE + " best connected of " + v.total + " nodes: choose a report or fewer kinds, or search."
      : "";
    document.body.dataset.visible = String(nodeSet.length);
    network.setOptions({ physics: { enabled: true } });
    var first = !state.rendered;
    state.rendered = true;
    network.stabilize(nodeSet.length > 600 ? 150 : first ? 300 : 120);
  }

  network.on("stabilizationIterationsDone", function () {
    if (!state.rendered) return;  // the empty network's own stabilisation, before render()
    network.setOptions({ physics: { enabled: false } });
    var positions = network.getPositions();
    Object.keys(positions).forEach(function (id) { state.positions[id] = positions[id]; });
    if (state.selected === null) network.fit({ animation: false });
    network.once("afterDrawing", function () { document.body.dataset.state = "ready"; });
    network.redraw();
  });
  network.on("click", function (params) {
    if (params.nodes.length) select(params.nodes[0], false);
  });

  // --- the card
  function nameLink(i) {
    var a = el("a", { href: "#" }, nodes[i].n);
    a.addEventListener("click", function (ev) { ev.preventDefault(); select(i, true); });
    return a;
  }

  function highlighted(sentence, names) {
    // the sentence as text nodes, with each name of the entity in a <mark>
    var p = el("p"), rest = sentence;
    var wanted = names.filter(function (n) { return n.length > 1; }).sort(function (a, b) { return b.length - a.length; });
    while (rest.length) {
      var best = -1, found = "";
      wanted.forEach(function (n) {
        var at = rest.indexOf(n);
        if (at >= 0 && (best < 0 || at < best)) { best = at; found = n; }
      });
      if (best < 0) { p.append(rest); break; }
      p.append(rest.slice(0, best), el("mark", {}, found));
      rest = rest.slice(best + found.length);
    }
    return p;
  }

  function showCard(i) {
    var n = nodes[i], card = document.getElementById("card");
    card.replaceChildren();
    var close = el("button", { className: "close", title: "close", type: "button" }, "×");
    close.addEventListener("click", function () { card.hidden = true; network.unselectAll(); state.selected = null; });
    card.append(close, el("h2", {}, n.n), el("div", {}, swatch(n.k), n.k, " · ", n.d + " links"));
    var dl = el("dl");
    data.labels.forEach(function (pair) {  // [attribute, label], in the order the card shows them
      if (n.a[pair[0]] !== undefined) dl.append(el("dt", {}, pair[1]), el("dd", {}, n.a[pair[0]]));
    });
    if (n.al.length) dl.append(el("dt", {}, "aliases"), el("dd", {}, n.al.join(", ")));
    if (n.r.length) {
      dl.append(el("dt", {}, "reports"), el("dd", {}, n.r.length > 3 ? n.r.length + " reports"
        : n.r.map(function (r) { return reportLabel(reports[r]); }).join("; ")));
    }
    card.append(dl);

    [["→", outgoing[i], "t"], ["←", incoming[i], "s"]].forEach(function (side) {
      var groups = {};
      side[1].forEach(function (ei) { (groups[edges[ei].k] = groups[edges[ei].k] || []).push(edges[ei][side[2]]); });
      Object.keys(groups).sort().forEach(function (type) {
        var ids = groups[type];
        card.append(el("h3", {}, side[0] + " " + type + " (" + ids.length + ")"));
        var list = el("div");
        ids.slice(0, MAX_NEIGHBOURS).forEach(function (j, k) {
          if (k) list.append(" · ");
          list.append(nameLink(j));
        });
        if (ids.length > MAX_NEIGHBOURS) list.append(" … " + (ids.length - MAX_NEIGHBOURS) + " more");
        card.append(list);
      });
    });

    var bySentence = {};
    outgoing[i].concat(incoming[i]).forEach(function (ei) {
      edges[ei].e.forEach(function (sid) { (bySentence[sid] = bySentence[sid] || {})[edges[ei].k] = true; });
    });
    var sids = Object.keys(bySentence).map(Number).sort(function (a, b) {
      var ra = reports[data.sentences[a][0]] || {}, rb = reports[data.sentences[b][0]] || {};
      return (rb.year || 0) - (ra.year || 0) || a - b;
    });
    if (sids.length) {
      card.append(el("h3", {}, "evidence (" + sids.length + ")"));
      var box = el("div", { className: "evidence" }), names = [n.n].concat(n.al);
      sids.slice(0, MAX_EVIDENCE).forEach(function (sid) {
        var s = data.sentences[sid], r = reports[s[0]] || { doc: "?" };
        var p = highlighted(s[1], names);
        p.prepend(el("span", { className: "source" },
          (r.title ? reportLabel(r) + " · " + r.doc : reportLabel(r)) + " · " + Object.keys(bySentence[sid]).sort().join(", ")));
        box.append(p);
      });
      if (sids.length > MAX_EVIDENCE) box.append(el("p", {}, "… " + (sids.length - MAX_EVIDENCE) + " more"));
      card.append(box);
    }
    card.hidden = false;
    card.scrollTop = 0;
  }

  // Show a node that a filter or the size limit hides, beside a shown neighbour, without laying
  // out the whole graph again.
  function pin(i) {
    state.pinned[i] = true;
    var report = state.report === "" ? -1 : Number(state.report);
    var links = outgoing[i].concat(incoming[i]).filter(function (ei) {
      var other = edges[ei].s === i ? edges[ei].t : edges[ei].s;
      return nodeSet.get(other) !== null && (report < 0 || edges[ei].r.indexOf(report) >= 0);
    });
    var item = visNode(i);
    if (item.x === undefined) {
      var near = links.length ? network.getPosition(edges[links[0]].s === i ? edges[links[0]].t : edges[links[0]].s)
                              : network.getViewPosition();
      item.x = near.x + 40;
      item.y = near.y + 40;
    }
    nodeSet.add(item);
    edgeSet.add(links.map(function (ei) { return { id: ei, from: edges[ei].s, to: edges[ei].t }; }));
    document.body.dataset.visible = String(nodeSet.length);
  }

  function select(i, focus) {
    i = Number(i);
    state.selected = i;
    if (nodeSet.get(i) === null) pin(i);
    network.selectNodes([i]);
    if (focus) network.focus(i, { scale: 1.1, animation: { duration: 300 } });
    showCard(i);
  }

  // --- search
  function search(query) {
    var q = fold(query);
    if (!q) return [];
    var exact = [], prefix = [], other = [];
    for (var i = 0; i < nodes.length; i++) {
      var forms = searchForms[i], kind = 3;
      for (var f = 0; f < forms.length; f++) {
        var at = forms[f].indexOf(q);
        if (at < 0) continue;
        kind = Math.min(kind, forms[f] === q ? 0 : at === 0 ? 1 : 2);
      }
      if (kind === 0) exact.push(i); else if (kind === 1) prefix.push(i); else if (kind === 2) other.push(i);
      if (exact.length >= MAX_RESULTS) break;
    }
    return exact.concat(prefix, other).slice(0, MAX_RESULTS);
  }

  var searchBox = document.getElementById("search"), results = document.getElementById("results");
  function showResults() {
    results.replaceChildren();
    search(searchBox.value).forEach(function (i, k) {
      var li = el("li", { className: k === 0 ? "active" : "" }, swatch(nodes[i].k), nodes[i].n, " ",
                  el("span", { className: "kind" }, nodes[i].k));
      li.dataset.node = String(i);
      li.addEventListener("click", function () { select(i, true); });
      results.append(li);
    });
  }
  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && results.firstChild) select(results.firstChild.dataset.node, true);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") document.getElementById("card").hidden = true;
  });

  // --- filters
  var kindCounts = {};
  nodes.forEach(function (n) { kindCounts[n.k] = (kindCounts[n.k] || 0) + 1; });
  var kindsBox = document.getElementById("kinds");
  data.kinds.concat(["Unknown"]).forEach(function (kind) {
    if (!kindCounts[kind]) return;
    var box = el("input", { type: "checkbox", checked: true, value: kind });
    box.addEventListener("change", function () { state.kinds[kind] = box.checked; render(); });
    kindsBox.append(el("label", {}, box, swatch(kind), kind + " ", el("span", { className: "count" }, kindCounts[kind])));
  });
  var reportBox = document.getElementById("report");
  reports.forEach(function (r, i) { reportBox.append(el("option", { value: String(i) }, reportLabel(r))); });
  reportBox.addEventListener("change", function () { state.report = reportBox.value; state.pinned = {}; render(); });

  document.getElementById("stats").textContent =
    nodes.length + " nodes · " + edges.length + " edges · " + reports.length + " reports";

  render();
  window.fazhi = { network: network, data: data, search: search, select: select, shown: { nodes: nodeSet, edges: edgeSet },
                   visibleCount: function () { return nodeSet.length; } };
})();
