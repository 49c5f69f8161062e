// Furigana toggle. Readings (<rt>) are hidden by default, also without JavaScript (site.css);
// the button in the header is rendered hidden and shown here, only on pages that have ruby.
// The visitor's choice is kept in localStorage. While on, <html data-furigana="on"> lets the
// browser show <rt> as usual.
(function () {
  "use strict";
  var KEY = "sitegen-furigana";
  var root = document.documentElement;

  function load() {
    try { return window.localStorage.getItem(KEY) === "on"; } catch (e) { return false; }
  }

  function save(on) {
    try { window.localStorage.setItem(KEY, on ? "on" : "off"); } catch (e) { /* storage unavailable: the choice lasts for this page only */ }
  }

  function apply(button, on) {
    if (on) root.setAttribute("data-furigana", "on"); else root.removeAttribute("data-furigana");
    if (!button) return;
    button.setAttribute("aria-pressed", on ? "true" : "false");
    var state = button.querySelector(".furigana-toggle__state");
    if (state) state.textContent = button.getAttribute(on ? "data-on" : "data-off") || "";
  }

  function init() {
    var button = document.querySelector(".furigana-toggle");
    if (!button || !document.querySelector("ruby")) return;
    apply(button, load());
    button.hidden = false;
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      apply(button, on);
      save(on);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
