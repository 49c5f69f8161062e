/* The embed view's own script (/embed/…). It runs inside the iframe on the host's page and:
   - applies the options embed.js passes in the address: ?view=compact, ?theme=light|dark;
   - names the document after the goal an address ending in #goal-<id> shows (a plan's view file holds
     its goals' views; embed.css shows the one the address names);
   - tells the host page how tall the content is, whenever that changes, so the frame never scrolls:
     * framed by WordPress (4.4+), the address ends in #?secret=…: it speaks WordPress's protocol,
       {message: "height", value, secret}, and since WordPress sandboxes the frame with allow-scripts
       only (no navigation), a followed link is sent as {message: "link", value: href, secret};
     * otherwise (embed.js, or a plain iframe): {sitegenEmbed: 1, type: "height", height, title}.
       embed.js checks that the message comes from this site's origin and from its own frame.
   Height and title are public, so they are posted to any parent ("*"); nothing is read from the host.
   No cookies, no storage, nothing loaded from elsewhere. Without JavaScript the view still reads
   as a page (fixed-height frames scroll), and its links open the full page with target="_top". */
(function () {
  "use strict";

  var root = document.documentElement;
  var query = window.location.search;
  if (/[?&]view=compact(&|$)/.test(query)) root.setAttribute("data-view", "compact");
  var theme = /[?&]theme=(light|dark)(&|$)/.exec(query);
  if (theme) root.setAttribute("data-theme", theme[1]);

  var wholeTitle = document.title;
  function nameAfterShownView() {
    var id = window.location.hash.slice(1);
    var goal = /^goal-[a-z0-9-]+$/.test(id) ? document.getElementById(id) : null;
    document.title = (goal && goal.getAttribute("data-title")) || wholeTitle;
  }
  nameAfterShownView();

  var parent = window.parent;
  if (!parent || parent === window) { window.addEventListener("hashchange", nameAfterShownView); return; } // opened on its own: nobody to tell

  var secretMatch = /[#&?]secret=([A-Za-z0-9]{1,64})(&|$)/.exec(window.location.hash);
  var secret = secretMatch ? secretMatch[1] : null;
  var lastHeight = -1;

  function post(message) {
    try { parent.postMessage(message, "*"); } catch (e) { /* the host went away */ }
  }

  function contentHeight() {
    // <html> is as tall as its content (embed.css never stretches it), so this does not grow with the frame.
    return Math.ceil(root.getBoundingClientRect().height);
  }

  function report(force) {
    var height = contentHeight();
    if (!force && height === lastHeight) return;
    lastHeight = height;
    if (secret) post({ message: "height", value: height, secret: secret });
    else post({ sitegenEmbed: 1, type: "height", height: height, title: document.title });
  }

  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    (window.requestAnimationFrame || window.setTimeout)(function () {
      pending = false;
      report(false);
    });
  }

  if (typeof window.ResizeObserver === "function") new window.ResizeObserver(schedule).observe(root);
  window.addEventListener("resize", schedule);
  window.addEventListener("hashchange", function () { nameAfterShownView(); report(true); });
  window.addEventListener("load", function () { report(true); });
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(schedule, function () {});
  report(true);

  if (!secret) return;

  // WordPress's host script asks again with {message: "ready"} when it starts after the frame.
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== parent || !data || data.secret !== secret) return;
    if (data.message === "ready") report(true);
  });

  // A sandbox without allow-top-navigation cannot leave the frame: ask the host to follow the link.
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    var target = event.target;
    var link = target && target.closest ? target.closest("a[href]") : null;
    if (!link) return;
    event.preventDefault();
    post({ message: "link", value: link.href, secret: secret });
  });
})();
