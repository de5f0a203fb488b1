/* Genomics Academy: H5P core reads window.localStorage unguarded while it starts content (its
   offline request queue, clipboard and user id). The player runs on its own origin, inside the
   site's page: where a browser blocks third-party storage (private windows, strict tracking
   protection) reading localStorage throws, content starts half-way and never saves its state.
   This gives such a window an in-memory stand-in, empty and forgotten on unload; the learner's
   state is kept on the server, not here. */
(function () {
  "use strict";
  try {
    if (window.localStorage) { return; }
  } catch (blocked) { /* fall through: storage is not available to this document */ }
  var items = Object.create(null);
  var memory = {
    getItem: function (key) { key = String(key); return key in items ? items[key] : null; },
    setItem: function (key, value) { items[String(key)] = String(value); },
    removeItem: function (key) { delete items[String(key)]; },
    clear: function () { items = Object.create(null); },
    key: function (index) { var keys = Object.keys(items); return index < keys.length ? keys[index] : null; },
    get length() { return Object.keys(items).length; }
  };
  try {
    Object.defineProperty(window, "localStorage", {value: memory, configurable: true});
  } catch (refused) { /* nothing more can be done: H5P then fails as it would have */ }
})();
