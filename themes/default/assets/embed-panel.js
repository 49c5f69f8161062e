/* The "Embed this" panel on plan and area pages: shows the copy buttons (hidden without JavaScript,
   when the code can still be selected and copied by hand) and says in the panel's live region
   whether the copy worked. The words come from the page (data-copied, data-copy-failed). */
(function () {
  "use strict";

  function copyText(field) {
    var text = field.value;
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      field.focus();
      field.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
      if (copied) resolve(); else reject(new Error("copy"));
    });
  }

  function announce(status, text) {
    // Cleared first, so the same words are announced again on the next copy.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  var panels = document.querySelectorAll(".embed-panel");
  for (var p = 0; p < panels.length; p++) {
    (function (panel) {
      var status = panel.querySelector(".embed-panel__status");
      var buttons = panel.querySelectorAll("button[data-copy]");
      for (var b = 0; b < buttons.length; b++) {
        (function (button) {
          var field = document.getElementById(button.getAttribute("data-copy"));
          if (!field || !status) return;
          button.hidden = false;
          button.addEventListener("click", function () {
            copyText(field).then(function () {
              announce(status, panel.getAttribute("data-copied") || "");
            }, function () {
              field.focus();
              field.select();
              announce(status, panel.getAttribute("data-copy-failed") || "");
            });
          });
        })(buttons[b]);
      }
    })(panels[p]);
  }
})();
