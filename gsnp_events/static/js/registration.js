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
  document.querySelectorAll("select[data-name-order]").forEach(function (order) {
    var nationality = document.getElementById(order.id.replace(/name_order$/, "nationality"));
    if (!nationality) { return; }
    var familyFirst = order.getAttribute("data-family-first").split(" ");
    var chosen = false;
    function preset() {
      if (chosen || !nationality.value) { return; }
      order.value = familyFirst.indexOf(nationality.value) >= 0 ? "family_first" : "given_first";
    }
    order.addEventListener("change", function () { chosen = true; });
    nationality.addEventListener("change", preset);
    if (!order.value) { preset(); }
    else { chosen = true; }
  });
})();
