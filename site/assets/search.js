// The search box: on first use it loads the vendored MiniSearch and the index the build wrote
// (search-index.js), both as scripts, so that it works from disk and under any sub-path, with no
// server. Chinese, Japanese and Korean text has no spaces between words: it is indexed and
// searched as overlapping pairs of characters.
(function () {
  var here = document.currentScript && document.currentScript.src;
  if (!here) return;
  var root = here.replace(/assets\/search\.js(\?.*)?$/, "");
  // Its words come with its edition's index (written from the edition's interface strings,
  // templates/i18n/), which the form names; the form holds only what is said when the index
  // cannot be loaded.
  function fill(template, values) {
    return (template || "").replace(/\{(\w+)\}/g, function (all, name) {
      return name in (values || {}) ? values[name] : all;
    });
  }
  var LIMIT = 12;
  var CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af";
  var RUN = new RegExp("[" + CJK + "]+|[^" + CJK + "]+", "g");
  var IS_CJK = new RegExp("^[" + CJK + "]");

  function tokenize(text) {
    var out = [];
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).forEach(function (word) {
      word.match(RUN).forEach(function (run) {
        if (!IS_CJK.test(run) || run.length === 1) { out.push(run); return; }
        for (var i = 0; i + 1 < run.length; i++) out.push(run.substr(i, 2));
      });
    });
    return out;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(s);
    });
  }

  var loading = null;
  function engine() {
    if (!loading) {
      loading = loadScript(root + "assets/minisearch/minisearch.js")
        .then(function () {
          var form = document.querySelector(".site-search");
          return loadScript(root + ((form && form.dataset.index) || "search-index.js"));
        })
        .then(function () {
          // Pages and their headings are written once, in "pages"; here they become documents too.
          var index = window.reportSiteSearchIndex;
          var docs = [];
          index.pages.forEach(function (p, i) {
            docs.push([0, i, "", p[1], p[2]]);
            for (var h = 0; h < p[3].length; h += 2) docs.push([1, i, p[3][h], p[3][h + 1], p[1]]);
          });
          var data = { words: index.words || {}, pages: index.pages, docs: docs.concat(index.docs) };
          var search = new window.MiniSearch({
            fields: ["title", "context"],
            tokenize: tokenize,
            searchOptions: {
              tokenize: tokenize, boost: { title: 3 }, combineWith: "AND",
              prefix: function (term) { return term.length > 1; },
              fuzzy: function (term) { return term.length > 4 && !IS_CJK.test(term) ? 0.2 : false; }
            }
          });
          search.addAll(data.docs.map(function (d, i) { return { id: i, title: d[3], context: d[4] }; }));
          return { search: search, data: data };
        });
    }
    return loading;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".site-search");
    if (!form) return;
    var input = form.querySelector("input");
    var status = form.querySelector(".search-status");
    var panel = form.querySelector(".search-results");
    form.hidden = false;

    function links() { return Array.prototype.slice.call(panel.querySelectorAll("a")); }
    function close() { panel.hidden = true; }

    function show(found, data, query) {
      function text(key, values) { return fill(data.words[key], values); }
      var kinds = text("kinds").split("|");
      panel.textContent = "";
      if (!query) { close(); status.textContent = ""; return; }
      var list = document.createElement("ul");
      found.slice(0, LIMIT).forEach(function (r) {
        var d = data.docs[r.id];
        var page = data.pages[d[1]];
        var a = document.createElement("a");
        a.href = root + page[0] + (d[2] ? "#" + d[2] : "");
        var kind = document.createElement("span");
        kind.className = "search-kind";
        kind.textContent = kinds[d[0]] + text("kindSep");
        var context = document.createElement("span");
        context.className = "search-context";
        context.textContent = d[4];
        a.appendChild(kind);
        a.appendChild(document.createTextNode(d[3]));
        if (d[4]) { a.appendChild(document.createElement("br")); a.appendChild(context); }
        var li = document.createElement("li");
        li.appendChild(a);
        list.appendChild(li);
      });
      var count = found.length === 0 ? text("none") : found.length > LIMIT
        ? text("first", { n: LIMIT, total: found.length }) : text(found.length === 1 ? "one" : "many", { n: found.length });
      status.textContent = count + text("for", { query: query });
      if (found.length) panel.appendChild(list);
      else { var p = document.createElement("p"); p.textContent = status.textContent; panel.appendChild(p); }
      panel.hidden = false;
    }

    var pending = 0;
    function run() {
      var query = input.value.trim();
      var mine = ++pending;
      engine().then(function (e) {
        if (mine === pending) show(query ? e.search.search(query) : [], e.data, query);
      }, function () {
        status.textContent = form.dataset.unavailable || "";
      });
    }

    input.addEventListener("focus", function () { engine().catch(function () {}); });
    input.addEventListener("input", run);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var first = links()[0];
      if (first) first.click();
    });
    form.addEventListener("keydown", function (ev) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (ev.key === "Escape") { close(); input.focus(); ev.preventDefault(); }
      else if (ev.key === "ArrowDown" && all.length) { all[Math.min(at + 1, all.length - 1)].focus(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp" && at >= 0) { (at === 0 ? input : all[at - 1]).focus(); ev.preventDefault(); }
    });
    document.addEventListener("click", function (ev) { if (!form.contains(ev.target)) close(); });
    form.addEventListener("focusout", function (ev) { if (ev.relatedTarget && !form.contains(ev.relatedTarget)) close(); });
  });
})();
