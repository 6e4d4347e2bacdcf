// The delegation form, one delegate at a time: a short list of the delegates added (each with
// Edit and Remove) and the one being edited. Every delegate stays in the form, only hidden,
// so everything typed is sent; without this script all of them are shown, one after another.
(function () {
  "use strict";
  var box = document.querySelector("[data-delegates]");
  if (!box) { return; }
  var list = box.querySelector(".delegate-list");
  var status = box.querySelector("[data-delegate-status]");
  var template = box.querySelector("template[data-delegate-template]");
  var addButton = box.querySelector("[data-add-delegate]");
  var max = parseInt(box.dataset.max, 10) || 30;
  var NAMED = /^delegates-(\d+|__index__)(?=-|$)/;
  var ATTRIBUTES = ["id", "name", "for", "aria-describedby", "aria-labelledby", "href"];

  box.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });

  function rows() { return Array.prototype.slice.call(box.querySelectorAll("section[data-delegate]")); }

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, key) { return key in values ? values[key] : whole; });
  }

  function value(row, field) {
    var input = row.querySelector('[name$="-' + field + '"]');
    return input ? input.value.trim() : "";
  }

  function nameOf(row) {
    return [value(row, "given_name"), value(row, "family_name")].filter(Boolean).join(" ");
  }

  // Rows are numbered in order: delegates-0, delegates-1 ... (the server reads them so).
  function renumber() {
    rows().forEach(function (row, index) {
      [row].concat(Array.prototype.slice.call(row.querySelectorAll("*"))).forEach(function (el) {
        ATTRIBUTES.forEach(function (attribute) {
          var old = el.getAttribute(attribute);
          if (old && old.indexOf("delegates-") >= 0) {
            el.setAttribute(attribute, old.split(" ").map(function (part) {
              return part.replace(NAMED, "delegates-" + index);
            }).join(" "));
          }
        });
      });
      row.querySelector("h2").textContent = format(box.dataset.heading, { n: index + 1 });
    });
  }

  function open(row, focusFirst) {
    rows().forEach(function (other) { other.hidden = other !== row; });
    drawList();
    if (row && focusFirst) {
      var first = row.querySelector('[name$="-given_name"]') || row.querySelector("input, select");
      row.scrollIntoView({ block: "start" });
      if (first) { first.focus(); }
    }
  }

  function closeAll() {
    rows().forEach(function (row) { row.hidden = true; });
    drawList();
  }

  function button(text, name, handler) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    var hidden = document.createElement("span");
    hidden.className = "sr-only";
    hidden.textContent = " " + name;
    b.appendChild(hidden);
    b.addEventListener("click", handler);
    return b;
  }

  function drawList() {
    list.textContent = "";
    rows().forEach(function (row, index) {
      var heading = format(box.dataset.heading, { n: index + 1 });
      var name = nameOf(row);
      var li = document.createElement("li");
      li.className = "delegate-item";
      if (!row.hidden) { li.setAttribute("aria-current", "true"); }
      var who = document.createElement("span");
      who.className = "delegate-who";
      var strong = document.createElement("bdi");
      strong.textContent = name || box.dataset.unnamed;
      who.appendChild(strong);
      var email = value(row, "email");
      if (email) {
        var small = document.createElement("span");
        small.className = "hint";
        small.dir = "ltr";
        small.textContent = email;
        who.appendChild(small);
      }
      if (row.querySelector(".has-error")) {
        var fix = document.createElement("span");
        fix.className = "error";
        fix.textContent = box.dataset.fix;
        who.appendChild(fix);
      }
      li.appendChild(who);
      var actions = document.createElement("span");
      actions.className = "button-row";
      var label = heading + (name ? ", " + name : "");
      if (row.hidden) {
        actions.appendChild(button(box.dataset.edit, label, function () { open(row, true); }));
      }
      actions.appendChild(button(box.dataset.remove, label, function () { remove(row, label); }));
      li.appendChild(actions);
      list.appendChild(li);
    });
    addButton.hidden = rows().length >= max;
  }

  function add() {
    var index = rows().length;
    var html = template.innerHTML.replace(/__index__/g, String(index)).replace(/__number__/g, String(index + 1));
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var row = holder.querySelector("section[data-delegate]");
    template.parentNode.insertBefore(row, template);
    wire(row);
    open(row, true);
  }

  // The error summary's links to delegates' fields follow their delegate when one is removed.
  var summaryLinks = Array.prototype.map.call(
    document.querySelectorAll('#error-summary a[href^="#delegates-"]'),
    function (link) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      var row = target && target.closest("section[data-delegate]");
      return { link: link, target: target, number: rows().indexOf(row) + 1 };
    }
  ).filter(function (entry) { return entry.number > 0; });

  function followLinks() {
    summaryLinks = summaryLinks.filter(function (entry) {
      if (!document.body.contains(entry.target)) {
        entry.link.parentNode.parentNode.removeChild(entry.link.parentNode);
        return false;
      }
      var number = rows().indexOf(entry.target.closest("section[data-delegate]")) + 1;
      var before = format(box.dataset.heading, { n: entry.number });
      var text = entry.link.textContent;
      if (text.indexOf(before) === 0) {
        entry.link.textContent = format(box.dataset.heading, { n: number }) + text.slice(before.length);
      }
      entry.link.setAttribute("href", "#" + entry.target.id);
      entry.number = number;
      return true;
    });
  }

  function remove(row, label) {
    row.parentNode.removeChild(row);
    renumber();
    followLinks();
    status.textContent = format(box.dataset.removed, { name: label });
    if (!rows().length) { add(); return; }
    drawList();
    var first = list.querySelector("button");
    if (first) { first.focus(); }
  }

  function wire(row) {
    var done = row.querySelector("[data-delegate-done]");
    done.addEventListener("click", function () {
      closeAll();
      var item = list.children[rows().indexOf(row)];
      var edit = item && item.querySelector("button");
      if (edit) { edit.focus(); }
    });
    row.querySelector("[data-js-only]").hidden = false;
  }

  rows().forEach(wire);
  addButton.addEventListener("click", function (event) {
    event.preventDefault();
    add();
  });

  // A link of the error summary opens its delegate before the browser goes to the field.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#delegates-"]');
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    var row = target && target.closest("section[data-delegate]");
    if (!row) { return; }
    event.preventDefault();
    open(row, false);
    target.scrollIntoView({ block: "center" });
    target.focus();
  });

  // First view: the first delegate to correct, else the last one if still empty, else the list.
  var all = rows();
  var toFix = all.filter(function (row) { return row.querySelector(".has-error"); })[0];
  var last = all[all.length - 1];
  if (toFix) { open(toFix, false); }
  else if (last && !nameOf(last) && !value(last, "email")) { open(last, false); }
  else { closeAll(); }
})();
