/* embed.js: shows a plan, a goal or a service area of this site on another site's page.
   The host page writes (see docs/embedding.md):

     <div data-plan-embed="plans/kashiwa-4th" data-lang="ja"><a href="…/ja/plans/kashiwa-4th/">…</a></div>
     <script src="https://…/embed.js" async></script>

   Each element with data-plan-embed becomes an iframe of the embed view (/embed/<lang>/<target>.html, the
   target's slashes written as dots: /embed/ja/plans.kashiwa-4th.html; a goal is a section of its plan's
   view: /embed/ja/plans.kashiwa-4th.html#goal-priority-1),
   lazily loaded, titled, and as tall as its content: the frame posts its height, and this script
   believes only messages from this site's origin and from the frame they are about. Options:
   data-lang (ja | en), data-view (full | compact), data-theme (auto | light | dark); anything
   else falls back to the default. A wrong address or a page that does not exist leaves a readable
   message in the host page. Without JavaScript the element's own link stays.
   Everything lives inside this function: no globals, and loading the script twice is harmless. */
(function (window, document) {
  "use strict";

  // Replaced by the build with the messages of every language (src/SiteGen/I18n/Strings/*.json).
  var STRINGS = {"sitegen":"strings"};

  var TARGET = /^\/?((?:plans\/[a-z0-9][a-z0-9-]{0,79}(?:\/goals\/[a-z0-9][a-z0-9-]{0,79})?)|(?:areas\/[a-z0-9][a-z0-9-]{0,79}))\/?$/;
  var SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";
  var START_HEIGHT = { full: 480, compact: 240 };
  var MAX_HEIGHT = 20000;
  var SILENT_FRAME_MS = 4000; // after the frame loaded: a page of this site would have spoken by now
  var STATE = "data-plan-embed-state";

  var script = document.currentScript;
  if (!script || !script.src) {
    var scripts = document.getElementsByTagName("script");
    for (var s = scripts.length - 1; s >= 0 && !(script && script.src); s--) {
      if (/\/embed\.js(?:[?#]|$)/.test(scripts[s].src)) script = scripts[s];
    }
  }
  if (!script || !script.src || typeof window.URL !== "function" || !window.postMessage || !document.querySelectorAll) return;

  var base;
  try { base = new URL(".", script.src); } catch (e) { return; }
  var origin = base.origin;
  var widgets = [];

  function say(lang, key, value) {
    var strings = STRINGS[lang] || STRINGS.ja || {};
    return String(strings[key] || key).split("{0}").join(value || "");
  }

  // The site's languages, Japanese first: the keys of its strings.
  var LANGUAGES = Object.keys(STRINGS);

  // The host page's language when the site has it (en-GB reads en), else Japanese.
  function hostLanguage() {
    var host = (document.documentElement.getAttribute("lang") || "").toLowerCase();
    for (var i = 1; i < LANGUAGES.length; i++) {
      var code = LANGUAGES[i].toLowerCase();
      if (host === code || host.indexOf(code + "-") === 0) return LANGUAGES[i];
    }
    return "ja";
  }

  function option(element, name, allowed, fallback) {
    var value = (element.getAttribute(name) || "").replace(/^\s+|\s+$/g, "").toLowerCase();
    for (var i = 0; i < allowed.length; i++) if (allowed[i].toLowerCase() === value) return allowed[i];
    return fallback;
  }

  function setStyle(element, styles) {
    for (var name in styles) {
      if (Object.prototype.hasOwnProperty.call(styles, name)) element.style.setProperty(name, styles[name], "important");
    }
  }

  /** A readable message in the host page, in the embed's language, with a link to the list of plans. */
  function note(lang, key, value) {
    var paragraph = document.createElement("p");
    paragraph.className = "plan-embed-message";
    paragraph.setAttribute("lang", lang);
    setStyle(paragraph, { "border-inline-start": "4px solid #8a1300", "padding": "0.5em 0.75em", "margin": "0.5em 0" });
    paragraph.appendChild(document.createTextNode(say(lang, key, value) + " "));
    var link = document.createElement("a");
    link.href = new URL(lang + "/", base).href;
    link.appendChild(document.createTextNode(say(lang, "openList")));
    paragraph.appendChild(link);
    return paragraph;
  }

  function fail(widget, key) {
    var element = widget.element;
    element.setAttribute(STATE, "error");
    window.clearTimeout(widget.timer);
    var index = widgets.indexOf(widget);
    if (index >= 0) widgets.splice(index, 1);
    if (widget.frame && widget.frame.parentNode === element) element.removeChild(widget.frame);
    element.insertBefore(note(widget.lang, key, widget.raw), element.firstChild);
  }

  function setUp(element) {
    if (element.getAttribute(STATE)) return; // another copy of this script got there first
    var lang = option(element, "data-lang", LANGUAGES, hostLanguage());
    var raw = element.getAttribute("data-plan-embed") || "";
    var widget = { element: element, lang: lang, raw: raw, frame: null, heard: false, timer: 0 };
    var match = TARGET.exec(raw.replace(/^\s+|\s+$/g, ""));
    if (!match) { fail(widget, "malformed"); return; } // the element's own link, if any, stays below the message

    var view = option(element, "data-view", ["full", "compact"], "full");
    var theme = option(element, "data-theme", ["auto", "light", "dark"], "auto");
    var query = [];
    if (view !== "full") query.push("view=" + view);
    if (theme !== "auto") query.push("theme=" + theme);
    // One file per plan or area (EmbedTarget.FileStem): ids have no dots, so "/" → "." names exactly one
    // file; a goal's view is a section of its plan's file, named by the fragment #goal-<id>.
    var goal = /^(plans\/[^\/]+)\/goals\/([^\/]+)$/.exec(match[1]);
    var stem = (goal ? goal[1] : match[1]).replace(/\//g, ".");
    var src = new URL("embed/" + lang + "/" + stem + ".html" + (query.length ? "?" + query.join("&") : "") + (goal ? "#goal-" + goal[2] : ""), base).href;

    var fallback = element.querySelector("a[href]");
    var label = fallback ? (fallback.textContent || "").replace(/\s+/g, " ").replace(/^ | $/g, "") : "";

    var frame = document.createElement("iframe");
    frame.setAttribute("src", src);
    frame.setAttribute("title", label || say(lang, "frameTitle"));
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("sandbox", SANDBOX);
    frame.className = "plan-embed-frame";
    setStyle(frame, { "display": "block", "width": "100%", "max-width": "100%", "height": START_HEIGHT[view] + "px", "border": "0", "margin": "0", "padding": "0" });
    widget.frame = frame;

    // A missing page is this site's 404 page, which never speaks: after it loads, give up waiting.
    frame.addEventListener("load", function () {
      if (widget.heard) return;
      window.clearTimeout(widget.timer);
      widget.timer = window.setTimeout(function () { if (!widget.heard) fail(widget, "notFound"); }, SILENT_FRAME_MS);
    });

    element.setAttribute(STATE, "loading");
    while (element.firstChild) element.removeChild(element.firstChild);
    element.appendChild(frame);
    widgets.push(widget);
  }

  function receive(event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.sitegenEmbed !== 1 || data.type !== "height") return;
    for (var i = 0; i < widgets.length; i++) {
      var widget = widgets[i];
      if (!widget.frame || widget.frame.contentWindow !== event.source) continue;
      var height = Math.ceil(Number(data.height));
      if (!(height > 0)) return;
      widget.heard = true;
      window.clearTimeout(widget.timer);
      widget.element.setAttribute(STATE, "ready");
      setStyle(widget.frame, { "height": Math.min(height, MAX_HEIGHT) + "px" });
      if (typeof data.title === "string" && /\S/.test(data.title)) widget.frame.setAttribute("title", data.title.replace(/\s+/g, " ").slice(0, 300));
      return;
    }
  }

  function start() {
    var elements = document.querySelectorAll("[data-plan-embed]");
    if (elements.length === 0) {
      // The script is on the page but nothing says where the embed goes.
      var lang = hostLanguage();
      var message = note(lang, "missing", "");
      if (script.parentNode && script.parentNode !== document.head) script.parentNode.insertBefore(message, script.nextSibling);
      else if (document.body) document.body.insertBefore(message, document.body.firstChild);
      return;
    }
    for (var i = 0; i < elements.length; i++) setUp(elements[i]);
    if (widgets.length > 0) window.addEventListener("message", receive);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(window, document);
