// The review queue: tick all the rows of the page at once, count the ticks, and say when the
// chosen decision needs a reason. The bulk form works without this script.
(function () {
  "use strict";
  var all = document.getElementById("pick-page");
  var picks = Array.prototype.slice.call(document.querySelectorAll("input.pick"));
  var ticked = document.getElementById("scope-ticked");
  var matching = document.getElementById("scope-matching");
  var count = document.getElementById("ticked-count");
  var decision = document.getElementById("bulk-transition");
  var reason = document.getElementById("bulk-reason");
  var bar = document.getElementById("bulk-bar");
  if (!all || !picks.length) { return; }
  all.hidden = false;
  // On a phone the open bar would hide the list: it starts folded, showing the ticked count,
  // unless it has an error to show.
  if (window.matchMedia("(max-width: 40rem)").matches && !document.getElementById("bulk-error")) {
    bar.open = false;
  }

  function update() {
    var n = picks.filter(function (box) { return box.checked; }).length;
    all.checked = n === picks.length;
    all.indeterminate = n > 0 && n < picks.length;
    count.textContent = String(n);
    count.hidden = n === 0;
  }
  all.addEventListener("change", function () {
    picks.forEach(function (box) { box.checked = all.checked; });
    if (!all.checked && matching.checked) { ticked.checked = true; }
    update();
  });
  picks.forEach(function (box) {
    box.addEventListener("change", function () {
      if (!box.checked && matching.checked) { ticked.checked = true; }
      update();
    });
  });
  matching.addEventListener("change", function () {
    if (matching.checked) { picks.forEach(function (box) { box.checked = true; }); update(); }
  });
  function needsReason() {
    var option = decision.options[decision.selectedIndex];
    reason.required = Boolean(option && option.hasAttribute("data-reason-required"));
  }
  decision.addEventListener("change", needsReason);
  needsReason();
  update();
})();
