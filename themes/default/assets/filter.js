// Filter of a plan's actions (#actions). The page lists every action; without JavaScript the form
// stays hidden and nothing is filtered. Here the form is shown; each <select> names a query key
// (goal, flag, status, area) and the data attribute of the action <li> it matches (data-goal,
// data-flags, data-status, data-areas; data-list="true" when the attribute holds a space-separated
// list). Actions that do not match get the hidden attribute, and so does a policy direction
// ([data-action-group]) left without any shown action. The status line (a polite live region) says
// how many actions are shown, and the choice is kept in the address (?flag=priority&area=shintomi)
// with history.replaceState, so it can be shared and survives reload and back.
(function () {
  "use strict";

  function init() {
    var form = document.querySelector("form[data-action-filter]");
    if (!form || !window.URLSearchParams || !window.history || !window.history.replaceState) return;
    var scope = form.closest("section") || document;
    var actions = Array.prototype.slice.call(scope.querySelectorAll("li.action"));
    var groups = Array.prototype.slice.call(scope.querySelectorAll("[data-action-group]"));
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[name]"));
    var status = form.querySelector(".filter__status");
    var format = form.getAttribute("data-status-format") || "{0} / {1}";

    function hasOption(select, value) {
      for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) return true;
      return false;
    }

    // The selects take their values from the address; an unknown value counts as "all".
    function readAddress() {
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        var value = params.get(select.name) || "";
        select.value = hasOption(select, value) ? value : "";
      });
    }

    function writeAddress() {
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        if (select.value) params.set(select.name, select.value); else params.delete(select.name);
      });
      var query = params.toString();
      var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      if (url !== window.location.pathname + window.location.search + window.location.hash)
        window.history.replaceState(window.history.state, "", url);
    }

    function matches(action) {
      return selects.every(function (select) {
        if (!select.value) return true;
        var value = action.getAttribute("data-" + select.getAttribute("data-attribute")) || "";
        if (select.getAttribute("data-list") === "true") return value.split(/\s+/).indexOf(select.value) >= 0;
        return value === select.value;
      });
    }

    function apply() {
      var active = selects.some(function (select) { return select.value !== ""; });
      var shown = 0;
      actions.forEach(function (action) {
        var show = matches(action);
        action.hidden = !show;
        if (show) shown++;
      });
      groups.forEach(function (group) {
        group.hidden = active && !group.querySelector("li.action:not([hidden])");
      });
      if (status) status.textContent = format.replace("{0}", String(shown)).replace("{1}", String(actions.length));
    }

    form.addEventListener("change", function () { apply(); writeAddress(); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); writeAddress(); });
    // type="reset" clears the selects after this event; filter once they are cleared.
    form.addEventListener("reset", function () {
      window.setTimeout(function () { apply(); writeAddress(); }, 0);
    });
    window.addEventListener("popstate", function () { readAddress(); apply(); });
    // Coming back from the page cache keeps the DOM; the address is still the one to trust.
    window.addEventListener("pageshow", function (event) { if (event.persisted) { readAddress(); apply(); } });

    form.hidden = false;
    readAddress();
    apply();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
