// KratomFacts: small progressive enhancements. Every page works without this file.
// No inline scripts or styles: the site's Content-Security-Policy forbids them.
(function () {
  "use strict";

  // ---- Copy to clipboard -------------------------------------------------------------------
  // Markup: <p class="citation-text" data-copy="AMA citation">...</p>
  // A "Copy" button is added after each such element; its full name ("Copy AMA citation") comes
  // from data-copy. Without JavaScript there is no button and the text stays selectable.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Plain-http fallback (e.g. a self-hosted instance): copy from a temporary selection.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function addCopyButton(source) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.appendChild(document.createTextNode("Copy"));
    var what = document.createElement("span");
    what.className = "visually-hidden";
    what.textContent = " " + (source.getAttribute("data-copy") || "text");
    button.appendChild(what);

    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");

    var timer = 0;
    button.addEventListener("click", function () {
      copyText(source.innerText.trim()).then(function () {
        status.textContent = "Copied.";
      }, function () {
        status.textContent = "Could not copy; select the text and copy it instead.";
      });
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { status.textContent = ""; }, 4000);
    });

    source.insertAdjacentElement("afterend", status);
    source.insertAdjacentElement("afterend", button);
  }

  function enhanceCopy(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-copy]"), addCopyButton);
  }

  // ---- Type-ahead search -------------------------------------------------------------------
  // Search inputs carry data-suggest="/api/suggest"; the type-ahead for them belongs in this
  // section as its own function, started from init() below. Styles: .suggestions in site.css.

  // ---- Print date --------------------------------------------------------------------------
  // Markup: <span class="print-date">2026-11-25</span> in the print header, the day the server
  // sent the page. A page left open is printed later, so the reader's own date replaces it.
  function isoToday() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function datePrints() {
    window.addEventListener("beforeprint", function () {
      Array.prototype.forEach.call(document.querySelectorAll(".print-date"), function (el) {
        el.textContent = isoToday();
      });
    });
  }

  function init() {
    enhanceCopy(document);
    datePrints();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
