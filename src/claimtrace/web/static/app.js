// claimtrace: highlight the evidence of a claim in the document view (no dependencies).
(function () {
  "use strict";
  function highlight(id, scroll) {
    var text = document.getElementById("doctext");
    if (!text || !id) { return; }
    document.querySelectorAll(".ev.active, .claim-link.active").forEach(function (el) {
      el.classList.remove("active");
    });
    var segs = text.querySelectorAll(".ev[data-claims]");
    var first = null;
    segs.forEach(function (el) {
      if (el.getAttribute("data-claims").split(" ").indexOf(id) >= 0) {
        el.classList.add("active");
        if (!first) { first = el; }
      }
    });
    var link = document.querySelector('.claim-link[data-claim="' + CSS.escape(id) + '"]');
    if (link) { link.classList.add("active"); }
    if (first && scroll) { first.scrollIntoView({block: "center", behavior: "smooth"}); }
  }
  function fromHash() {
    var h = decodeURIComponent(location.hash || "");
    if (h.indexOf("#ev-") === 0) { highlight(h.slice(4), true); }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".claim-link[data-claim]").forEach(function (a) {
      a.addEventListener("click", function (e) {
        e.preventDefault();
        var id = a.getAttribute("data-claim");
        history.replaceState(null, "", "#ev-" + id);
        highlight(id, true);
      });
    });
    // clicking highlighted evidence selects its (first) claim in the list
    document.querySelectorAll("#doctext .ev[data-claims]").forEach(function (el) {
      el.addEventListener("click", function () {
        var id = el.getAttribute("data-claims").split(" ")[0];
        highlight(id, false);
        var li = document.getElementById("claim-" + id);
        if (li) { li.scrollIntoView({block: "nearest"}); }
      });
    });
    fromHash();
  });
  window.addEventListener("hashchange", fromHash);
})();
