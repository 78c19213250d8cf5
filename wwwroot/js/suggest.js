// Type-ahead for the search boxes: progressive enhancement over a plain GET form. Without this script
// the form still submits to /search; with it, /api/suggest completions appear as an ARIA combobox list.
(function () {
  "use strict";

  function attach(input) {
    var form = input.form;
    var list = document.createElement("ul");
    var listId = input.id + "-suggestions";
    var active = -1;
    var timer = 0;
    var latest = 0;

    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(text) {
      input.value = text;
      close();
      form.submit();
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      if (options.length === 0) { return; }
      active = (index + options.length) % options.length;
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", options[active].id);
    }

    function show(items) {
      list.textContent = "";
      active = -1;
      if (items.length === 0) { close(); return; }
      items.forEach(function (text, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = text;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the input
          choose(text);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      var ticket = ++latest;
      if (query.length < 2) { close(); return; }
      fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (items) { if (ticket === latest && Array.isArray(items)) { show(items); } })
        .catch(close);
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 120);
    });

    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(list.querySelectorAll("[role=option]")[active].textContent);
      }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
  }

  document.querySelectorAll("input[data-suggest]").forEach(attach);
}());
