// The organisation picker: the search box becomes a combobox whose list (the ARIA 1.2
// combobox with a listbox popup) shows the organisations of the chosen country that match
// what is typed, from the JSON search. The choice is written into the form's own select, so
// the form sends what it sends without this script (then the buttons ask the server instead).
(function () {
  "use strict";
  var PAGE = 20;

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? String(values[key]) : whole;
    });
  }

  function setUp(box) {
    var country = box.querySelector('select[name="organisation_country"]');
    var input = box.querySelector('input[name="organisation_search"]');
    var select = box.querySelector('select[name="organisation_id"]');
    if (!country || !input || !select || !window.fetch) { return; }
    box.querySelectorAll("[data-no-js]").forEach(function (el) { el.hidden = true; });

    var listbox = document.createElement("ul");
    listbox.id = input.id + "-listbox";
    listbox.className = "org-options";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", select.labels[0] ? select.labels[0].textContent : "");
    listbox.hidden = true;
    var status = document.createElement("p");
    status.id = input.id + "-status";
    status.className = "hint org-status";
    status.setAttribute("role", "status");
    var chosenLine = document.createElement("p");
    chosenLine.id = input.id + "-chosen";
    chosenLine.className = "org-chosen";
    var field = input.closest(".field");
    field.appendChild(listbox);
    field.appendChild(status);
    field.appendChild(chosenLine);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    input.setAttribute("autocomplete", "off");
    var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    described.push(chosenLine.id, status.id);
    input.setAttribute("aria-describedby", described.join(" "));

    var results = [];
    var total = 0;
    var active = -1;
    var request = 0;
    var timer = null;
    var chosenLabel = "";

    function label(org) {
      return org.name_local ? org.name + " (" + org.name_local + ")" : org.name;
    }

    function showChosen() {
      var option = select.options[select.selectedIndex];
      chosenLabel = option && option.value ? option.text : "";
      chosenLine.textContent = chosenLabel ? format(box.dataset.chosen, { name: chosenLabel }) : "";
      chosenLine.hidden = !chosenLabel;
    }

    function choose(org) {
      var option = Array.prototype.find.call(select.options, function (o) {
        return o.value === String(org.id);
      });
      if (!option) {
        option = new Option(label(org), String(org.id));
        select.add(option);
      }
      select.value = String(org.id);
      showChosen();
      input.value = chosenLabel;
      close();
    }

    function open() {
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function items() { return listbox.querySelectorAll('[role="option"]'); }

    function setActive(index) {
      var all = items();
      if (!all.length) { return; }
      active = (index + all.length) % all.length;
      all.forEach(function (li, i) { li.classList.toggle("active", i === active); });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function render() {
      listbox.textContent = "";
      results.forEach(function (org) {
        var li = document.createElement("li");
        li.id = listbox.id + "-" + org.id;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", String(select.value === String(org.id)));
        li.textContent = org.name;
        if (org.name_local) {
          var local = document.createElement("span");
          local.dir = "auto";
          local.className = "org-local";
          local.textContent = org.name_local;
          li.appendChild(document.createTextNode(" "));
          li.appendChild(local);
        }
        li.addEventListener("click", function () { choose(org); input.focus(); });
        listbox.appendChild(li);
      });
      if (results.length < total) {
        var more = document.createElement("li");
        more.id = listbox.id + "-more";
        more.setAttribute("role", "option");
        more.setAttribute("aria-selected", "false");
        more.className = "org-more";
        more.dataset.more = "1";
        more.textContent = format(box.dataset.more, { shown: results.length, total: total });
        more.addEventListener("click", function () { search(true); input.focus(); });
        listbox.appendChild(more);
      }
      status.textContent = total
        ? format(box.dataset.found, { total: total })
        : box.dataset.none;
      if (results.length) { open(); } else { close(); }
    }

    function search(append) {
      var query = input.value === chosenLabel ? "" : input.value.trim();
      var params = new URLSearchParams({
        country: country.value,
        q: query,
        limit: String(PAGE),
        offset: String(append ? results.length : 0)
      });
      var mine = ++request;
      var keep = append ? active : -1;
      status.textContent = box.dataset.searching;
      fetch(box.dataset.searchUrl + "?" + params.toString(), {
        headers: { Accept: "application/json" },
        credentials: "same-origin"
      })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (body) {
          if (mine !== request) { return; }  // an answer to an older question
          results = append ? results.concat(body.organisations) : body.organisations;
          total = body.total;
          render();
          if (keep >= 0) { setActive(keep); }
        })
        .catch(function () {
          if (mine === request) { status.textContent = box.dataset.failed; }
        });
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { search(false); }, 250);
    }

    input.addEventListener("input", function () {
      if (select.value && input.value !== chosenLabel) {
        select.value = "";  // typing again drops the choice until one is chosen again
        showChosen();
      }
      later();
    });
    input.addEventListener("focus", function () { if (!results.length) { search(false); } });
    input.addEventListener("keydown", function (event) {
      var all = items();
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (listbox.hidden) { if (results.length) { open(); } else { search(false); } return; }
        setActive(active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (!listbox.hidden) { setActive(active - 1); }
      } else if (event.key === "Enter") {
        if (listbox.hidden || active < 0) {
          event.preventDefault();  // Enter in the search box must not send the form
          return;
        }
        event.preventDefault();
        if (all[active].dataset.more) { search(true); } else { choose(results[active]); }
      } else if (event.key === "Escape") {
        if (!listbox.hidden) { event.preventDefault(); close(); }
      }
    });
    input.addEventListener("blur", function () {
      window.setTimeout(function () {
        if (!box.contains(document.activeElement)) { close(); }
      }, 150);
    });
    listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
    country.addEventListener("change", function () {
      select.value = "";
      showChosen();
      input.value = "";
      results = [];
      search(false);
    });

    showChosen();
    if (chosenLabel) { input.value = chosenLabel; }
  }

  document.querySelectorAll("[data-org-picker]").forEach(setUp);
})();
