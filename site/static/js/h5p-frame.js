// Sizes the H5P player's frame to its content. The player runs on another origin (untrusted
// uploaded code), so only a height from that origin's frame is taken, and it is clamped.
(function () {
  "use strict";
  var frames = document.querySelectorAll("iframe.h5p-frame[data-player-origin]");
  if (!frames.length) { return; }
  window.addEventListener("message", function (event) {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow || event.origin !== frame.dataset.playerOrigin) { continue; }
      var height = Number(event.data && event.data.h5pHeight);
      if (Number.isFinite(height)) {
        frame.style.height = Math.min(Math.max(Math.round(height), 150), 5000) + "px";
      }
    }
  });
})();
