// Progressive enhancement of the checkpoint page. Without it the page works with a
// keyboard-wedge scanner, which types the code and presses Enter.
(function () {
  "use strict";
  var form = document.getElementById("scan-form");
  var input = document.getElementById("token");
  if (!form || !input) return;
  input.focus();

  // The phone's camera, where the browser can read QR codes itself.
  var button = document.getElementById("camera");
  var video = document.getElementById("camera-view");
  if (!("BarcodeDetector" in window) || !navigator.mediaDevices) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } })
      .then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        return video.play().then(function () {
          var look = function () {
            detector.detect(video).then(function (codes) {
              if (codes.length) {
                stream.getTracks().forEach(function (t) { t.stop(); });
                input.value = codes[0].rawValue;
                form.submit();
              } else {
                window.requestAnimationFrame(look);
              }
            }).catch(function () { window.requestAnimationFrame(look); });
          };
          look();
        });
      })
      .catch(function () { button.hidden = true; });
  });
})();
