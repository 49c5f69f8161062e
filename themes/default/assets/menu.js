// The site menu on a phone: one header row (site name and a menu button) instead of three; and on a long
// page, the way back to its contents once they have scrolled away. site.css lays both out only where
// scripts run (@media (scripting: enabled)); without them the links simply show.
(function () {
  "use strict";
  var root = document.documentElement;

  function contentsLink() {
    var link = document.querySelector(".to-contents");
    var contents = document.getElementById("contents");
    if (!link || !contents) return;
    var queued = false;
    function update() {
      queued = false;
      link.classList.toggle("is-shown", contents.getBoundingClientRect().bottom < 0);
    }
    window.addEventListener("scroll", function () {
      if (!queued) { queued = true; window.requestAnimationFrame(update); }
    }, { passive: true });
    update();
  }

  function init() {
    contentsLink();
    var button = document.querySelector(".menu-button");
    var nav = document.getElementById("site-nav");
    if (!button || !nav) return;
    function set(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      root.classList.toggle("menu-open", open);
    }
    button.addEventListener("click", function () { set(button.getAttribute("aria-expanded") !== "true"); });
    // Escape closes the menu and gives the focus back to its button.
    nav.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && button.getAttribute("aria-expanded") === "true") { set(false); button.focus(); }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
