// Small enhancements of the registration forms; every form works without them.
(function () {
  "use strict";
  // Preview of the chosen photo.
  var input = document.querySelector('input[type="file"][name="photo"]');
  var preview = document.querySelector("img.photo-preview");
  if (input && preview && window.URL) {
    input.addEventListener("change", function () {
      if (input.files && input.files[0]) {
        preview.src = URL.createObjectURL(input.files[0]);
        preview.hidden = false;
      }
    });
  }
  // Show only the organisation fields of the chosen option.
  var modes = document.querySelectorAll("input[data-org-mode]");
  function showMode() {
    var chosen = document.querySelector("input[data-org-mode]:checked");
    var mode = chosen ? chosen.value : "existing";
    document.querySelectorAll(".org-existing").forEach(function (el) { el.hidden = mode !== "existing"; });
    document.querySelectorAll(".org-new").forEach(function (el) { el.hidden = mode !== "new"; });
  }
  modes.forEach(function (radio) { radio.addEventListener("change", showMode); });
  if (modes.length) { showMode(); }
  // Pre-set the order of the names to the custom of the chosen nationality, until the person
  // chooses an order themselves (without the script, "as is usual" applies the same custom).
  // The document listens, so that delegates added to the delegation form later are covered.
  function presetOrder(order, nationality) {
    if (order.hasAttribute("data-chosen") || !nationality.value) { return; }
    var familyFirst = order.getAttribute("data-family-first").split(" ");
    order.value = familyFirst.indexOf(nationality.value) >= 0 ? "family_first" : "given_first";
  }
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches("select[data-name-order]")) {
      target.setAttribute("data-chosen", "");
    } else if (target.id && /nationality$/.test(target.id)) {
      var order = document.getElementById(target.id.replace(/nationality$/, "name_order"));
      if (order && order.hasAttribute("data-name-order")) { presetOrder(order, target); }
    }
  });
  document.querySelectorAll("select[data-name-order]").forEach(function (order) {
    var nationality = document.getElementById(order.id.replace(/name_order$/, "nationality"));
    if (!nationality) { return; }
    if (order.value) { order.setAttribute("data-chosen", ""); } else { presetOrder(order, nationality); }
  });
})();
