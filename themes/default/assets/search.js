// Site search on /<lang>/search/, with Pagefind's JavaScript API (pagefind/pagefind.js, written by the
// build when site.config.json turns search on). Pagefind picks the index of <html lang>, so the Japanese
// page searches Japanese pages and the English page English ones.
// The form is rendered hidden, beside a note that search needs JavaScript; this script swaps them.
// Results: one list item per page (its title as a heading link), with up to three sections of the page
// (Pagefind sub-results: headings with ids) linked straight to #their-id, each with its excerpt.
// The count goes to a role="status" live region. ?q=words runs a search when the page opens.
(function () {
  "use strict";
  var MAX_PAGES = 30;
  var MAX_SECTIONS = 3;

  var root = document.querySelector("[data-search]");
  if (!root) return;
  var form = root.querySelector("[data-search-form]");
  var input = form && form.querySelector("input[name=q]");
  var status = root.querySelector("[data-search-status]");
  var list = root.querySelector("[data-search-results]");
  var noScript = root.querySelector("[data-search-no-script]");
  if (!form || !input || !status || !list) return;
  var text = root.dataset;
  var pagefind = null;
  var latest = 0;

  if (noScript) noScript.hidden = true;
  form.hidden = false;
  list.hidden = true;

  function format(template, query, count) {
    return template.replace("{0}", query).replace("{1}", String(count));
  }

  function load() {
    if (!pagefind) {
      pagefind = import(text.bundle + "pagefind.js").then(function (module) {
        return Promise.resolve(module.options({ bundlePath: text.bundle, baseUrl: text.baseUrl })).then(function () { return module; });
      });
      // A failed load may be tried again on the next search.
      pagefind.catch(function () { pagefind = null; });
    }
    return pagefind;
  }

  function element(name, className) {
    var node = document.createElement(name);
    if (className) node.className = className;
    return node;
  }

  // Pagefind's excerpts are escaped text with <mark> around the matches. They are rebuilt here from
  // text nodes and <mark> only, so nothing else from the index can become markup.
  function excerpt(html) {
    var paragraph = element("p", "search-result__excerpt");
    var parsed = new DOMParser().parseFromString("<body>" + (html || ""), "text/html");
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent || ""));
      }
    });
    return paragraph;
  }

  function link(url, label) {
    var anchor = document.createElement("a");
    anchor.href = url;
    anchor.textContent = label;
    return anchor;
  }

  function sectionsOf(data) {
    var sections = (data.sub_results || []).filter(function (sub) { return sub.anchor && sub.url !== data.url; });
    // Most matches first; the sort is stable, so equal sections keep the page's order.
    sections.sort(function (a, b) { return (b.locations || []).length - (a.locations || []).length; });
    return sections.slice(0, MAX_SECTIONS);
  }

  function render(data) {
    var item = element("li", "search-result");
    var heading = element("h2", "search-result__title");
    heading.appendChild(link(data.url, (data.meta && data.meta.title) || data.url));
    item.appendChild(heading);
    var sections = sectionsOf(data);
    if (sections.length === 0) {
      item.appendChild(excerpt(data.excerpt));
      return item;
    }
    var sectionList = element("ul", "search-result__sections");
    sections.forEach(function (section) {
      var sectionItem = element("li", "search-result__section");
      sectionItem.appendChild(link(section.url, section.title || section.url));
      sectionItem.appendChild(excerpt(section.excerpt));
      sectionList.appendChild(sectionItem);
    });
    item.appendChild(sectionList);
    return item;
  }

  function show(query, results, total) {
    list.replaceChildren.apply(list, results.map(render));
    list.hidden = results.length === 0;
    var message = total === 0 ? format(text.textNone, query, 0)
      : total === 1 ? format(text.textOne, query, 1)
      : format(text.textMany, query, total);
    if (total > results.length) message += " " + format(text.textFirst, query, results.length);
    status.textContent = message;
  }

  // An empty search is the one input error: the field is marked, described by the message, and focused to type in.
  function invalid(empty) {
    if (empty) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", status.id);
      input.focus();
    } else {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  }

  function run(query) {
    var id = ++latest;
    list.replaceChildren();
    list.hidden = true;
    invalid(!query);
    if (!query) {
      status.textContent = text.textEmpty;
      return;
    }
    status.textContent = text.textSearching;
    load()
      .then(function (module) { return module.search(query); })
      .then(function (search) {
        if (id !== latest) return null;
        var found = (search && search.results) || [];
        return Promise.all(found.slice(0, MAX_PAGES).map(function (result) { return result.data(); }))
          .then(function (results) { if (id === latest) show(query, results, found.length); });
      })
      .catch(function () { if (id === latest) status.textContent = text.textFailed; });
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.href);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value.trim();
    remember(query);
    run(query);
  });

  // Start loading Pagefind as soon as the visitor is about to type.
  input.addEventListener("focus", function () { load().then(function (module) { return module.init(); }).catch(function () { }); }, { once: true });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial && initial.trim()) {
    input.value = initial;
    run(initial.trim());
  }
})();
