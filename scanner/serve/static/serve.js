// The web page's only script: copy buttons, and live progress of a running scan.
(function () {
  "use strict";
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest ? ev.target.closest("button.copy") : null;
    if (!b) return;
    var el = document.getElementById(b.getAttribute("data-copy"));
    if (!el) return;
    var text = el.textContent, label = b.textContent;
    var done = function () { b.textContent = b.getAttribute("data-done"); setTimeout(function () { b.textContent = label; }, 1500); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else { fallback(); }
    function fallback() {
      var ta = document.createElement("textarea");
      ta.value = text; ta.setAttribute("readonly", ""); ta.style.position = "fixed"; ta.style.opacity = "0";
      document.body.appendChild(ta); ta.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing else to try */ }
      document.body.removeChild(ta); done();
    }
  });
  var scan = document.getElementById("scan");
  if (!scan || scan.getAttribute("data-running") !== "yes") return;
  var api = scan.getAttribute("data-api");
  function poll() {
    fetch(api, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        ["listings", "pictures", "errors", "pages", "flagged"].forEach(function (k) {
          var el = document.getElementById("p-" + k);
          if (el && s.progress && s.progress[k] !== undefined) el.textContent = s.progress[k];
        });
        if (s.status !== "queued" && s.status !== "running") { window.location.reload(); return; }
        setTimeout(poll, 700);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 300);
})();
